export default defineBackground(() => {
  // filled in by the foundation work
});
