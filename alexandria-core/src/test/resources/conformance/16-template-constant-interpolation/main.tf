variable "arithmetic" { default = "n=${1 + 1}" }
variable "unwrapped_bool" { default = "${true}" }
variable "nested_quotes" { default = "${true ? "a-${"b"}" : "c"}" }
variable "two_sequences" { default = "${""}${2}" }
variable "number_to_string" { default = "v${1.50}" }
