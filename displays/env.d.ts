/** Ambient types for the display apps: Vite's asset and worker imports, `import.meta.env`. */
/// <reference types="vite/client" />
