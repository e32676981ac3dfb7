az_count = 4
single_nat_gateway = flase
