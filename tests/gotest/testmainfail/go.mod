module testmainfail

go 1.19
