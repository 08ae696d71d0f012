/** Electron renderer entry: window.api comes from the preload. */
import './app/zod-jitless';
import { bootstrap } from './app/bootstrap';

bootstrap();
