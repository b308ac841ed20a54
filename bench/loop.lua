-- loop: nested integer loops (see loop.go)
local n = 12000
if arg and arg[1] then
  n = math.tointeger(tonumber(arg[1]))
end
local sum = 0
for i = 0, n - 1 do
  for j = 0, n - 1 do
    local x = (i * j) % 7
    if x > 3 then
      sum = sum + x
    else
      sum = sum - 1
    end
  end
end
io.write(string.format("loop(%d) = %d\n", n, sum))
