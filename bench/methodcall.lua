-- methodcall: a table with a counter and a method, called n times
-- (see methodcall.go).
local Counter = {}
Counter.__index = Counter

function Counter.new(step)
  return setmetatable({ count = 0, step = step }, Counter)
end

function Counter:add(k)
  self.count = self.count + k * self.step
end

local n = 10000000
if arg and arg[1] then
  n = math.tointeger(tonumber(arg[1]))
end
local c = Counter.new(3)
for i = 0, n - 1 do
  c:add(i & 7)
end
io.write("count: ", string.format("%d", c.count), "\n")
