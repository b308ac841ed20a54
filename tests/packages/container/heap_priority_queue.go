// A priority queue on container/heap: Init, Push, Pop, Fix and Remove
// keep the min-heap order by Less.
package main

import (
	"container/heap"
	"fmt"
)

type item struct {
	value    string
	priority int
	index    int
}

type pq []*item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].priority > q[j].priority }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *pq) Push(x any)        { it := x.(*item); it.index = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*q = old[:n-1]
	return it
}

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &ints{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 2), *h)
	(*h)[0] = 100
	heap.Fix(h, 0)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	q := pq{}
	for i, w := range []string{"low", "high", "mid", "top"} {
		heap.Push(&q, &item{value: w, priority: []int{1, 5, 3, 9}[i]})
	}
	mid := q[0]
	for _, it := range q {
		if it.value == "mid" {
			mid = it
		}
	}
	mid.priority = 10
	heap.Fix(&q, mid.index)
	for q.Len() > 0 {
		it := heap.Pop(&q).(*item)
		fmt.Println(it.value, it.priority, it.index)
	}
}

// Output:
// [0 2 1 5 9 8 3]
// 1 [0 2 3 5 9 8]
// 2 3 5 8 9 100 
// mid 10 -1
// top 9 -1
// high 5 -1
// low 1 -1
