az_count = 3
single_nat_gateway = false
