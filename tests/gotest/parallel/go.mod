module parallel

go 1.19
