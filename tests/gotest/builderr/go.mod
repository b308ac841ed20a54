module builderr

go 1.19
