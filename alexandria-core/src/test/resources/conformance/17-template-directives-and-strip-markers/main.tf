variable "if_directive" { default = "%{if 1 < 2}yes%{else}no%{endif}" }
variable "for_directive" { default = "%{for x in ["a", "b"]}${x},%{endfor}" }
variable "strip_interpolation" { default = "a ${~ "b" ~} c" }
variable "strip_directive" { default = "%{ if true ~} hello %{~ endif }" }
variable "stripping_is_syntactic" { default = "${"hello" ~}${" world"}" }
