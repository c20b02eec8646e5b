import { definePackageTests } from '../../tools/build-config/vitest.js';

export default definePackageTests();
