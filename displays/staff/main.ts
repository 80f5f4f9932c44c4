/** Staff console entry point: mounts <cb-staff-app>, which signs in and opens the desk. */
import './cb-staff-app.ts';

document.body.append(document.createElement('cb-staff-app'));
