-- nbody: Benchmarks Game n-body with parallel arrays (see nbody.go).
-- Lua tables are 1-based; index k here is index k-1 in the Go version.
local sqrt = math.sqrt

local function offsetMomentum(vx, vy, vz, mass, solarMass)
  local px = 0.0
  local py = 0.0
  local pz = 0.0
  for i = 1, #mass do
    px = px + vx[i] * mass[i]
    py = py + vy[i] * mass[i]
    pz = pz + vz[i] * mass[i]
  end
  vx[1] = -px / solarMass
  vy[1] = -py / solarMass
  vz[1] = -pz / solarMass
end

local function energy(x, y, z, vx, vy, vz, mass)
  local e = 0.0
  local nb = #mass
  for i = 1, nb do
    e = e + 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
    for j = i + 1, nb do
      local dx = x[i] - x[j]
      local dy = y[i] - y[j]
      local dz = z[i] - z[j]
      e = e - (mass[i] * mass[j]) / sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

local function advance(x, y, z, vx, vy, vz, mass, dt)
  local nb = #mass
  for i = 1, nb do
    for j = i + 1, nb do
      local dx = x[i] - x[j]
      local dy = y[i] - y[j]
      local dz = z[i] - z[j]
      local dsq = dx * dx + dy * dy + dz * dz
      local dist = sqrt(dsq)
      local mag = dt / (dsq * dist)
      local mj = mass[j] * mag
      vx[i] = vx[i] - dx * mj
      vy[i] = vy[i] - dy * mj
      vz[i] = vz[i] - dz * mj
      local mi = mass[i] * mag
      vx[j] = vx[j] + dx * mi
      vy[j] = vy[j] + dy * mi
      vz[j] = vz[j] + dz * mi
    end
  end
  for i = 1, nb do
    x[i] = x[i] + dt * vx[i]
    y[i] = y[i] + dt * vy[i]
    z[i] = z[i] + dt * vz[i]
  end
end

local n = 2000000
if arg and arg[1] then
  n = math.tointeger(tonumber(arg[1]))
end
local pi = 3.141592653589793
local solarMass = 4 * pi * pi
local daysPerYear = 365.24

-- sun, jupiter, saturn, uranus, neptune
local x = {0.0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01}
local y = {0.0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01}
local z = {0.0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01}
local vx = {0.0, 1.66007664274403694e-03 * daysPerYear, -2.76742510726862411e-03 * daysPerYear, 2.96460137564761618e-03 * daysPerYear, 2.68067772490389322e-03 * daysPerYear}
local vy = {0.0, 7.69901118419740425e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear}
local vz = {0.0, -6.90460016972063023e-05 * daysPerYear, 2.30417297573763929e-05 * daysPerYear, -2.96589568540237556e-05 * daysPerYear, -9.51592254519715870e-05 * daysPerYear}
local mass = {solarMass, 9.54791938424326609e-04 * solarMass, 2.85885980666130812e-04 * solarMass, 4.36624404335156298e-05 * solarMass, 5.15138902046611451e-05 * solarMass}

offsetMomentum(vx, vy, vz, mass, solarMass)
io.write(string.format("%.9f\n", energy(x, y, z, vx, vy, vz, mass)))
for _ = 1, n do
  advance(x, y, z, vx, vy, vz, mass, 0.01)
end
io.write(string.format("%.9f\n", energy(x, y, z, vx, vy, vz, mass)))
