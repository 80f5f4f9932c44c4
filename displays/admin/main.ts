/** Admin entry point: mounts <cb-admin-app>, which signs in and shows the setup screens. */
import './cb-admin-app.ts';

document.body.append(document.createElement('cb-admin-app'));
