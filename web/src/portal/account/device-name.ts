export interface DeviceName {
  browser: string | null;
  os: string | null;
}

// Order matters: Edge and Opera also say "Chrome", and Chrome also says "Safari".
const browsers: Array<[RegExp, string]> = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const systems: Array<[RegExp, string]> = [
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** A short, human name for a browser's user agent: enough to recognise one's own devices. */
export function deviceName(userAgent: string | null): DeviceName {
  if (!userAgent) return { browser: null, os: null };
  const browser = browsers.find(([re]) => re.test(userAgent))?.[1] ?? null;
  const os = systems.find(([re]) => re.test(userAgent))?.[1] ?? null;
  return { browser, os };
}
