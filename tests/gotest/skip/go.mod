module skip

go 1.19
