package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"strings"
)

func main() {
	for _, h := range []func() hash.Hash{md5.New, sha1.New, sha256.New, sha512.New, sha512.New384} {
		for _, key := range []string{"", "key", strings.Repeat("k", 200)} {
			m := hmac.New(h, []byte(key))
			m.Write([]byte("The quick brown fox jumps over the lazy dog"))
			a := m.Sum(nil)
			m.Write([]byte("!"))
			b := m.Sum([]byte{0})
			m.Reset()
			m.Write([]byte("The quick brown fox jumps over the lazy dog"))
			c := m.Sum(nil)
			fmt.Printf("%x %x %v %d %d %T\n", a, b[:5], hmac.Equal(a, c), m.Size(), m.BlockSize(), m)
		}
	}
	fmt.Println(hmac.Equal([]byte("a"), []byte("ab")), hmac.Equal(nil, nil))
}

// Output:
// ad262969c53bc16032f160081c4a07a0 006d0d3568 true 16 64 *hmac.hmac
// 80070713463e7749b90c2dc24911e275 00fee87ec4 true 16 64 *hmac.hmac
// 9bf785629eae94112dad3d2d9162dae6 003da2ae50 true 16 64 *hmac.hmac
// 2ba7f707ad5f187c412de3106583c3111d668de8 00a3c71369 true 20 64 *hmac.hmac
// de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9 00659f801e true 20 64 *hmac.hmac
// 69bc8db56eadff85feed9183c1a2318137f1c4b5 00b763127c true 20 64 *hmac.hmac
// fb011e6154a19b9a4c767373c305275a5a69e8b68b0b4c9200c383dced19a416 00384027da true 32 64 *hmac.hmac
// f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8 009b7caf95 true 32 64 *hmac.hmac
// 86522d64cfd7d3d21199f47288e74cdc22a6395aff54f0270c7feef1d0fa61bf 00bf3330b2 true 32 64 *hmac.hmac
// 1de78322e11d7f8f1035c12740f2b902353f6f4ac4233ae455baccdf9f37791566e790d5c7682aad5d3ceca2feff4d3f3fdfd9a140c82a66324e9442b8af71b6 00bb519d5e true 64 128 *hmac.hmac
// b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a 0033add88c true 64 128 *hmac.hmac
// 2ec850d56a434619da67d65f350b4a2caad666d274cf844ee9ac03f73e14d2012bc00387fc44ee2404aa91155181ae98ee75b0497788ca045997ef2462e82f91 00e82bea12 true 64 128 *hmac.hmac
// 0a3d8f99afb726f97d32cc513f3a5ad51246984fd3e916cefb82fc7967ee42eae547cd88aefd84493d2585e55906e1b0 00b2daee98 true 48 128 *hmac.hmac
// d7f4727e2c0b39ae0f1e40cc96f60242d5b7801841cea6fc592c5d3e1ae50700582a96cf35e1e554995fe4e03381c237 00e28f0a14 true 48 128 *hmac.hmac
// b9a3334e3066de072fc10e1c479ce734cad0397af77f7c6d20f4c74f2aa189c36a56dccfb98469445cfbe5b86e2251fc 00bfb3059c true 48 128 *hmac.hmac
// false true
