locals {
  a = local.b + 1
  b = local.c + 1
  c = local.a + 1
  d = 4
  e = local.a + local.d
}
