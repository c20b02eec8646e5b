import { definePackageTests } from '../build-config/vitest.js';

export default definePackageTests();
