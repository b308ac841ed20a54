module multierr

go 1.19
