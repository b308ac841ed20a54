-- binarytrees: the Benchmarks Game binary-trees (see binarytrees.go).
-- A node is a table with fields left and right, as the Go struct.
local function bottomUp(depth)
  if depth <= 0 then
    return { left = nil, right = nil }
  end
  return { left = bottomUp(depth - 1), right = bottomUp(depth - 1) }
end

local function check(n)
  if n.left == nil then
    return 1
  end
  return 1 + check(n.left) + check(n.right)
end

local n = 16
if arg and arg[1] then
  n = math.tointeger(tonumber(arg[1]))
end
local minDepth = 4
local maxDepth = n
if minDepth + 2 > n then
  maxDepth = minDepth + 2
end
local stretch = maxDepth + 1
io.write(string.format("stretch tree of depth %d\t check: %d\n", stretch, check(bottomUp(stretch))))
local longLived = bottomUp(maxDepth)
for d = minDepth, maxDepth, 2 do
  local iters = 1 << (maxDepth - d + minDepth)
  local c = 0
  for _ = 1, iters do
    c = c + check(bottomUp(d))
  end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iters, d, c))
end
io.write(string.format("long lived tree of depth %d\t check: %d\n", maxDepth, check(longLived)))
