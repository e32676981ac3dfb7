variable "full" { default = [{ id = 1 }, { id = 2 }][*].id }
variable "attribute_only" { default = [{ id = "a" }, { id = "b" }].*.id }
variable "single_object" { default = { id = 7 }[*].id }
variable "null_source" { default = null[*] }
variable "with_index" { default = [{ ids = [1, 2] }, { ids = [3, 4] }][*].ids[0] }
