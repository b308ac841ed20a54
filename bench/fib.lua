-- fib: recursive Fibonacci (see fib.go)
local function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

local n = 32
if arg and arg[1] then
  n = math.tointeger(tonumber(arg[1]))
end
io.write(string.format("fib(%d) = %d\n", n, fib(n)))
