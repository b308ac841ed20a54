module json_builderr

go 1.19
