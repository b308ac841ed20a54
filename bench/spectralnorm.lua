-- spectralnorm: Benchmarks Game spectral-norm (see spectralnorm.go).
-- Lua tables are 1-based: i,j here are the Go indices plus one, so
-- (i+j-2)*(i+j-1)//2 + i equals the Go (i+j)*(i+j+1)/2 + i + 1.
local sqrt = math.sqrt

local function evalA(i, j)
  return 1.0 / ((i + j - 2) * (i + j - 1) // 2 + i)
end

local function multAv(n, v, av)
  for i = 1, n do
    local sum = 0.0
    for j = 1, n do
      sum = sum + evalA(i, j) * v[j]
    end
    av[i] = sum
  end
end

local function multAtv(n, v, atv)
  for i = 1, n do
    local sum = 0.0
    for j = 1, n do
      sum = sum + evalA(j, i) * v[j]
    end
    atv[i] = sum
  end
end

local function multAtAv(n, v, out, tmp)
  multAv(n, v, tmp)
  multAtv(n, tmp, out)
end

local n = 1000
if arg and arg[1] then
  n = math.tointeger(tonumber(arg[1]))
end
local u, v, tmp = {}, {}, {}
for i = 1, n do
  u[i] = 1.0
  v[i] = 0.0
  tmp[i] = 0.0
end
for _ = 1, 10 do
  multAtAv(n, u, v, tmp)
  multAtAv(n, v, u, tmp)
end
local vBv = 0.0
local vv = 0.0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
io.write(string.format("%.9f\n", sqrt(vBv / vv)))
