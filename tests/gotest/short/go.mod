module short

go 1.19
