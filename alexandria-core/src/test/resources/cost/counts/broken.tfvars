instance_count = 4
instance_type  = "m5.large
