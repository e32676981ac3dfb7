variable "pairs" {
  default = [
    for n in ["a", "b"]
    : [
      for m in [1, 2]
      : "${n}${m}"
    ]
  ]
}

variable "wrapped_conditional" {
  default = (
    1 > 2
    ? "big"
    : "small"
  )
}
