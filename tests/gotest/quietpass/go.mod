module quietpass

go 1.19
