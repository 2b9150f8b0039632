// Test setup: DOM matchers, and no call counted by one test leaks into the next.
import '@testing-library/jest-dom/vitest';
import { beforeEach, vi } from 'vitest';

beforeEach(() => {
  vi.clearAllMocks();
});
