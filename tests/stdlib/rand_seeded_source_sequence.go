package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int63(), r.Uint64(), r.Uint32(), r.Int31(), r.Int())
	fmt.Println(r.Intn(10), r.Int31n(1000), r.Int63n(1<<40+1), r.Intn(1<<33))
	fmt.Println(r.Float64(), r.Float32())
	neg := rand.New(rand.NewSource(-12345))
	fmt.Println(neg.Int63())
}

// Output:
// 3440579354231278675 9832119173398632219 2594563336 448434750 404153945743547657
// 5 357 585388761403 3771406980
// 0.6463763506057989 0.7356293
// 1392513563720292068
