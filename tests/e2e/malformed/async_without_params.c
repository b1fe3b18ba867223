/* A definition with a body but no parameter list, declared async: the
 * error, and no crash afterwards (found by fuzzing: the transform went on
 * with no async function for it). */
// expect: 5:1: error: 'async' on something that is not a function
async int n {}
