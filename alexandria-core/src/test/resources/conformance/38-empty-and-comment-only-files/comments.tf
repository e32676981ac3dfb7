# only a comment
// another one
/* and a block
   comment */
