package main

import "fmt"

type Matrix struct {
	Rows int
	Data [2][3]int
}

func (m *Matrix) Set(r, c, v int) { m.Data[r][c] = v }

func (m Matrix) Row(r int) [3]int { return m.Data[r] }

func main() {
	var m Matrix
	m.Rows = 2
	m.Set(0, 1, 5)
	m.Set(1, 2, 7)
	fmt.Println(m.Data)
	row := m.Row(1)
	row[0] = 100
	fmt.Println(row, m.Data[1])
	p := &m
	p.Data[0][0] = -1
	cell := &p.Data[1][1]
	*cell = 42
	fmt.Println(m)
}

// Output:
// [[0 5 0] [0 0 7]]
// [100 0 7] [0 0 7]
// {2 [[-1 5 0] [0 42 7]]}
