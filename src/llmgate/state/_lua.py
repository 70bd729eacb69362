"""The two Lua scripts every shared-state operation runs: ADMIT before a call, FINISH after.

One script per phase of a call, so that a call with a shared breaker, budget and rate limit
costs two round trips (see docs/shared-state.md): ADMIT checks the breaker, the budgets and
the rate limits and, only if all agree, takes the probe, the reservation and the rate slot;
FINISH settles the reservation, corrects the token buckets and records the breaker's
result. The standalone APIs (``CircuitBreaker.allow``, ``RedisBudgetGuard.reserve``,
``RedisRateLimiter.acquire``...) run the same two scripts with the other parts empty, so
each transition is written once.

Key layout (every key carries the prefix's hash tag, so one script may touch all of them in
Redis Cluster): both scripts get ``KEYS[1]`` the breaker hash, ``KEYS[2]`` the breaker
index, ``KEYS[3..5]`` the reservation hash, its expiry set and the reclaimed set, then their
own keys; ``ARGV[1]`` the breaker operation(s) ('' for none), ``ARGV[2..7]`` the breaker
settings. Times are the server's (``TIME``) in milliseconds.
"""

from __future__ import annotations

from llmgate.state._wire import Script

__all__ = ["ADMIT_SCRIPT", "FINISH_SCRIPT", "READ_SCRIPT", "USAGE_SCRIPT"]

_COMMON = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local bk, bidx = KEYS[1], KEYS[2]
local threshold, rate = tonumber(ARGV[2]), tonumber(ARGV[3])
local bucket_ms, min_calls = tonumber(ARGV[4]), tonumber(ARGV[5])
local cooldown, probe_to = tonumber(ARGV[6]), tonumber(ARGV[7])
local bs, bf, bou, bps
local function bload()
  local h = redis.call('HMGET', bk, 's', 'f', 'ou', 'ps')
  bs = h[1] or 'closed'
  bf = tonumber(h[2] or '0')
  bou = tonumber(h[3] or '0')
  bps = nil
  if h[4] and h[4] ~= '' then bps = tonumber(h[4]) end
end
local function bclear()
  redis.call('HDEL', bk, 'c0', 'f0', 'c1', 'f1', 'c2', 'f2', 'c3', 'f3', 'c4', 'f4',
    'c5', 'f5', 'c6', 'f6', 'c7', 'f7', 'c8', 'f8', 'c9', 'f9')
end
local function bopen()
  redis.call('HSET', bk, 's', 'open', 'ou', now + cooldown, 'ps', '')
  redis.call('SADD', bidx, bk)
  bs, bps = 'open', nil
end
local function bclose()
  redis.call('HSET', bk, 's', 'closed', 'f', 0, 'ps', '')
  bclear()
  bs, bf, bps = 'closed', 0, nil
end
local function bcount(failed)
  local epoch = math.floor(now / bucket_ms)
  local be = tonumber(redis.call('HGET', bk, 'be') or '0')
  local gap = epoch - be
  if gap > 0 then
    if gap >= 10 then bclear() else
      for step = 1, gap do
        local slot = (be + step) % 10
        redis.call('HDEL', bk, 'c' .. slot, 'f' .. slot)
      end
    end
    redis.call('HSET', bk, 'be', epoch)
    be = epoch
  end
  local slot = math.max(epoch, be) % 10
  redis.call('HINCRBY', bk, 'c' .. slot, 1)
  if failed then redis.call('HINCRBY', bk, 'f' .. slot, 1) end
end
local function brate_reached()
  local calls, fails = 0, 0
  for i = 0, 9 do
    calls = calls + tonumber(redis.call('HGET', bk, 'c' .. i) or '0')
    fails = fails + tonumber(redis.call('HGET', bk, 'f' .. i) or '0')
  end
  return calls >= min_calls and fails >= rate * calls
end
-- 1 allowed, 2 the half-open probe, 3 denied; writes nothing (bprobe commits a probe)
local function bdecide()
  if bs == 'closed' then return 1 end
  if bs == 'open' then
    if now < bou then return 3 end
    return 2
  end
  if bps == nil or (probe_to > 0 and now - bps >= probe_to) then return 2 end
  return 3
end
local function bprobe()
  if bs == 'open' then
    redis.call('HSET', bk, 's', 'half_open', 'ps', now)
    bs, bps = 'half_open', now
    return 'open', 'half_open'
  end
  redis.call('HSET', bk, 'ps', now)
  bps = now
  return '', ''
end
-- every other transition: returns (old, new), '' when nothing changed
local function bop(op)
  if op == 'success' then
    if bs == 'closed' then
      if bf ~= 0 then redis.call('HSET', bk, 'f', 0) bf = 0 end
      if rate > 0 then bcount(false) end
      return '', ''
    end
    if bs == 'half_open' then bclose() return 'half_open', 'closed' end
    return '', ''
  elseif op == 'failure' then
    if bs == 'closed' then
      bf = bf + 1
      redis.call('HSET', bk, 'f', bf)
      redis.call('SADD', bidx, bk)
      local should = threshold > 0 and bf >= threshold
      if not should and rate > 0 then
        bcount(true)
        should = brate_reached()
      end
      if should then bopen() return 'closed', 'open' end
      return '', ''
    end
    if bs == 'half_open' then bopen() return 'half_open', 'open' end
    return '', ''
  elseif op == 'force_open' then
    local old = bs
    bopen()
    if old == 'open' then return '', '' end
    return old, 'open'
  elseif op == 'release' then
    if bs == 'half_open' then redis.call('HSET', bk, 'ps', '') bps = nil end
    return '', ''
  elseif op == 'reset' then
    local old = bs
    bclose()
    if old == 'closed' then return '', '' end
    return old, 'closed'
  end
  error('unknown breaker op ' .. op)
end
"""

# Rate limits over KEYS[kbase + i], per limit ARGV[abase + 3i - 2 .. abase + 3i] = kind
# ('r' requests, 't' tokens), limit, window in ms.
_RATE = """
local function rate_check(kbase, abase, n, tokens)
  for i = 1, n do
    local key = KEYS[kbase + i]
    local kind = ARGV[abase + 3 * i - 2]
    local limit, window = tonumber(ARGV[abase + 3 * i - 1]), tonumber(ARGV[abase + 3 * i])
    if kind == 'r' then
      redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
      if redis.call('ZCARD', key) >= limit then
        local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
        return {tonumber(first[2]) + window - now, i}
      end
    else
      local size = math.max(1, math.floor(window / 10))
      local current = math.floor(now / size)
      local flat = redis.call('HGETALL', key)
      local sum, oldest = 0, nil
      for j = 1, #flat, 2 do
        local b = tonumber(flat[j])
        if b < current - 10 then redis.call('HDEL', key, flat[j]) else
          sum = sum + tonumber(flat[j + 1])
          if oldest == nil or b < oldest then oldest = b end
        end
      end
      if oldest ~= nil and sum + tokens > limit then
        return {(oldest + 11) * size - now, i}
      end
    end
  end
  return nil
end
local function rate_take(kbase, abase, n, tokens, nonce)
  local bucket = 0
  for i = 1, n do
    local key = KEYS[kbase + i]
    local window = tonumber(ARGV[abase + 3 * i])
    if ARGV[abase + 3 * i - 2] == 'r' then
      redis.call('ZADD', key, now, nonce .. ':' .. now .. ':' .. i)
      redis.call('PEXPIRE', key, window + 1000)
    else
      local size = math.max(1, math.floor(window / 10))
      bucket = math.floor(now / size)
      redis.call('HINCRBY', key, bucket, tokens)
      redis.call('PEXPIRE', key, window * 2 + 1000)
    end
  end
  return bucket
end
"""

# ADMIT. Keys: 1-5 as above, then per budget (reserved, spent), then the rate-limit keys.
# ARGV: 8 reservation id, 9 units, 10 ttl ms, 11 budget count nb, 12 tokens, 13 nonce,
# 14 .. 13+nb the budgets' limits in units, then three per rate limit.
# Returns {status, breaker code, old, new, failures, state, x, y, z}: status 0 admitted
# (x = token bucket), -1 a budget refused (x = its index, y spent, z reserved), -2 a
# spent counter is missing (x = index: seed it, then ask again), -3 a rate limit is full
# (x = ms to wait, y = its index; the breaker admission and the reservation are taken),
# -4 the breaker refused. Nothing is written unless the status is 0 or -3.
ADMIT = (
    _COMMON
    + _RATE
    + """
local bopname = ARGV[1]
local nb = tonumber(ARGV[11])
local kr, ar = 5 + 2 * nb, 13 + nb
local nr = #KEYS - kr
local tokens = tonumber(ARGV[12])
if bopname ~= '' then bload() end
if nb > 0 and redis.call('HEXISTS', KEYS[3], ARGV[8]) == 1 then
  return {0, 1, '', '', bf or 0, bs or '', 0}  -- a replay: it ran already
end
local code, old, new = 1, '', ''
if bopname == 'admit' then
  code = bdecide()
  if code == 3 then return {-4, 3, '', '', bf, bs, 0} end
end
local held = {}
if nb > 0 then
  local dead = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now, 'LIMIT', 0, 64)
  for _, rid in ipairs(dead) do
    local v = redis.call('HGET', KEYS[3], rid)
    if v then
      local r = cjson.decode(v)
      for _, k in ipairs(r[2]) do redis.call('DECRBY', k, r[1]) end
      redis.call('HDEL', KEYS[3], rid)
      redis.call('ZADD', KEYS[5], now + tonumber(ARGV[10]), rid)
    end
    redis.call('ZREM', KEYS[4], rid)
  end
  if #dead > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now) end
  local units = tonumber(ARGV[9])
  for i = 1, nb do
    local spent = redis.call('GET', KEYS[5 + 2 * i])
    if not spent then return {-2, code, '', '', bf or 0, bs or '', i} end
    local reserved = redis.call('GET', KEYS[4 + 2 * i]) or '0'
    if tonumber(spent) + tonumber(reserved) + units > tonumber(ARGV[13 + i]) then
      return {-1, code, '', '', bf or 0, bs or '', i, spent, reserved}
    end
    held[i] = KEYS[4 + 2 * i]
  end
end
local full = nil
if nr > 0 then full = rate_check(kr, ar, nr, tokens) end
if code == 2 then old, new = bprobe() end
if nb > 0 then
  for i = 1, nb do redis.call('INCRBY', held[i], ARGV[9]) end
  redis.call('HSET', KEYS[3], ARGV[8], cjson.encode({ARGV[9], held}))
  redis.call('ZADD', KEYS[4], now + tonumber(ARGV[10]), ARGV[8])
end
if full then return {-3, code, old, new, bf or 0, bs or '', full[1], full[2]} end
local bucket = 0
if nr > 0 then bucket = rate_take(kr, ar, nr, tokens, ARGV[13]) end
return {0, code, old, new, bf or 0, bs or '', bucket}
"""
)

# FINISH. Keys: 1-5 as above, 6 the settle's replay guard, then ns spent counters, then
# the token-limit keys to correct. ARGV[1]: breaker ops, comma-separated; 8 reservation id
# ('' for no settle), 9 actual units, 10 '1' to count a settle with no open reservation
# once (fail-open), 11 the guard's ttl s, 12 ns, 13 token bucket, 14 token delta.
# Returns {settled (0/1), state, failures, old1, new1, old2, new2, ...} for the changes.
FINISH = (
    _COMMON
    + """
local ns = tonumber(ARGV[12])
local settled = 0
if ARGV[8] ~= '' then
  local first = false
  local v = redis.call('HGET', KEYS[3], ARGV[8])
  if v then
    local r = cjson.decode(v)
    for _, k in ipairs(r[2]) do redis.call('DECRBY', k, r[1]) end
    redis.call('HDEL', KEYS[3], ARGV[8])
    redis.call('ZREM', KEYS[4], ARGV[8])
    first = true
  elseif redis.call('ZREM', KEYS[5], ARGV[8]) == 1 then
    first = true
  elseif ARGV[10] == '1' then
    first = redis.call('SET', KEYS[6], '1', 'NX', 'EX', ARGV[11]) ~= false
  end
  if first then
    settled = 1
    if ARGV[9] ~= '0' then
      for i = 7, 6 + ns do
        if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('INCRBY', KEYS[i], ARGV[9]) end
      end
    end
  end
end
for i = 7 + ns, #KEYS do
  if redis.call('HEXISTS', KEYS[i], ARGV[13]) == 1 then
    local left = redis.call('HINCRBY', KEYS[i], ARGV[13], ARGV[14])
    if left < 0 then redis.call('HSET', KEYS[i], ARGV[13], 0) end
  end
end
local out = {settled, '', 0}
if ARGV[1] ~= '' then
  bload()
  for op in string.gmatch(ARGV[1], '[^,]+') do
    local old, new = bop(op)
    if new ~= '' then
      out[#out + 1] = old
      out[#out + 1] = new
    end
  end
  out[2], out[3] = bs, bf
end
return out
"""
)

READ_BREAKER = """
local t = redis.call('TIME')
return {t[1], t[2], redis.call('HGETALL', KEYS[1])}
"""

USAGE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local out = {}
for i = 1, #KEYS do
  local window = tonumber(ARGV[2 * i])
  if ARGV[2 * i - 1] == 'r' then
    out[i] = redis.call('ZCOUNT', KEYS[i], now - window + 1, '+inf')
  else
    local current = math.floor(now / math.max(1, math.floor(window / 10)))
    local flat = redis.call('HGETALL', KEYS[i])
    local sum = 0
    for j = 1, #flat, 2 do
      if tonumber(flat[j]) >= current - 10 then sum = sum + tonumber(flat[j + 1]) end
    end
    out[i] = sum
  end
end
return out
"""


ADMIT_SCRIPT = Script.of(ADMIT)
FINISH_SCRIPT = Script.of(FINISH)
READ_SCRIPT = Script.of(READ_BREAKER)
USAGE_SCRIPT = Script.of(USAGE)
