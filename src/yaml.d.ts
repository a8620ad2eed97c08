/** Data tables under rules/data/ are YAML, turned into JSON at build time (scripts/build.mjs, vitest.config.ts). */
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
