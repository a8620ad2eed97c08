/** The virtual module of the build (scripts/build-plugins.mjs): every module of src/rules/<category>/. */
declare module 'xinxi:rule-modules' {
  const modules: readonly { category: string; file: string; exports: Readonly<Record<string, unknown>> }[];
  export default modules;
}
