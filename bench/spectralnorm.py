# spectralnorm: Benchmarks Game spectral-norm (see spectralnorm.go)
import sys
from math import sqrt


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mult_av(n, v, av):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        av[i] = s


def mult_atv(n, v, atv):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        atv[i] = s


def mult_atav(n, v, out, tmp):
    mult_av(n, v, tmp)
    mult_atv(n, tmp, out)


def main():
    n = 1000
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    u = [0.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for i in range(n):
        u[i] = 1.0
        v[i] = 0.0
        tmp[i] = 0.0
    for _ in range(10):
        mult_atav(n, u, v, tmp)
        mult_atav(n, v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    sys.stdout.write("%.9f\n" % sqrt(vbv / vv))


if __name__ == "__main__":
    main()
