;; Attribute roles' comparison of `before` and `after` (attribute-raw-diff.ts's Comparison) and
;; the walk of `after_unknown` (raw-unknown-paths.ts) in WebAssembly, for the usual case: ASCII keys
;; without escapes, none written twice, no whitespace outside strings (what `terraform show -json`
;; writes). Anything else stops it with a trap (`unreachable`)
;; and raw-diff-wasm.ts hands the change to the JS comparison, which reads every case.
;;
;; Assembled by `npm run build:wasm` (scripts/build-wasm.ts) into raw-diff.generated.ts.
;;
;; Why WebAssembly: the comparison runs once per update (2,000 of them on a large plan), so in a
;; fresh process the JS version spends more CPU being compiled and warmed up (V8's optimising
;; compiler on its background threads, the interpreter before it) than comparing. This module is
;; compiled once, in well under a millisecond, and is fast from its first call.
;;
;; Contract (raw-diff-wasm.ts): `before` is at 0 (`bLen` bytes), `after` at `aAt` (`aLen` bytes),
;; both objects. `diff` writes records from `recAt` (at most `recCap`) and uses the bytes from `sp`
;; to `spEnd` as its stack; it returns how many records it wrote. A record is six i32: the index
;; of its parent record (-1: a top-level attribute), the side its key is read from (0 before, 1
;; after), the key's first and end byte inside its quotes on that side (end -1: an array element),
;; the key's FNV-1a hash (raw-side.ts's, KEY_HASH_START) or the element's index, and 1 when the
;; record's path itself changed (a leaf of the result) or 0 when it is a container on the way to
;; one. Parents come before their children. The paths are those Comparison finds: objects and
;; arrays are walked MAX_PATH_DEPTH (4) containers below the top; a member on one side only, a
;; value whose kind changed, and a leaf or deeper container whose text differs is changed.
(module
  (memory (export "memory") 1)

  (global $aAt (mut i32) (i32.const 0))
  (global $recAt (mut i32) (i32.const 0))
  (global $count (mut i32) (i32.const 0))
  (global $cap (mut i32) (i32.const 0))
  (global $sp (mut i32) (i32.const 0))
  (global $spEnd (mut i32) (i32.const 0))

  ;; Past the string whose opening quote is at p: 16 bytes at a time to the next quote or
  ;; backslash (the memory after the input is the records' and the stack's, so a load past the
  ;; string's end reads bytes of this module, never outside it).
  (func $stringEnd (param $p i32) (result i32)
    (local $m i32) (local $v v128)
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (loop $blocks
      (local.set $v (v128.load (local.get $p)))
      (local.set $m
        (i8x16.bitmask
          (v128.or
            (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x22)))
            (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x5c))))))
      (if (i32.eqz (local.get $m))
        (then
          (local.set $p (i32.add (local.get $p) (i32.const 16)))
          (br $blocks)))
      (local.set $p (i32.add (local.get $p) (i32.ctz (local.get $m))))
      (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x22))
        (then (return (i32.add (local.get $p) (i32.const 1)))))
      ;; A backslash: past it and the byte it escapes.
      (local.set $p (i32.add (local.get $p) (i32.const 2)))
      (br $blocks))
    (unreachable))

  ;; Past the value that starts at p, before `n`; whitespace outside strings traps.
  (func $valueEnd (param $p i32) (param $n i32) (result i32)
    (local $c i32) (local $depth i32)
    (local.set $c (i32.load8_u (local.get $p)))
    (if (i32.eq (local.get $c) (i32.const 0x22)) (then (return (call $stringEnd (local.get $p)))))
    (if (i32.or (i32.eq (local.get $c) (i32.const 0x7b)) (i32.eq (local.get $c) (i32.const 0x5b)))
      (then
        (loop $bytes
          (if (i32.ge_u (local.get $p) (local.get $n)) (then (unreachable)))
          (local.set $c (i32.load8_u (local.get $p)))
          (if (i32.eq (local.get $c) (i32.const 0x22))
            (then
              (local.set $p (call $stringEnd (local.get $p)))
              (br $bytes)))
          (if (i32.le_u (local.get $c) (i32.const 0x20)) (then (unreachable)))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (if (i32.or (i32.eq (local.get $c) (i32.const 0x7b)) (i32.eq (local.get $c) (i32.const 0x5b)))
            (then
              (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
              (br $bytes)))
          (if (i32.or (i32.eq (local.get $c) (i32.const 0x7d)) (i32.eq (local.get $c) (i32.const 0x5d)))
            (then
              (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
              (if (i32.eqz (local.get $depth)) (then (return (local.get $p))))))
          (br $bytes))))
    ;; A number or literal: up to the ',' or closing bracket after it.
    (loop $scalar
      (if (i32.ge_u (local.get $p) (local.get $n)) (then (return (local.get $p))))
      (local.set $c (i32.load8_u (local.get $p)))
      (if (i32.or
            (i32.eq (local.get $c) (i32.const 0x2c))
            (i32.or (i32.eq (local.get $c) (i32.const 0x7d)) (i32.eq (local.get $c) (i32.const 0x5d))))
        (then (return (local.get $p))))
      (if (i32.le_u (local.get $c) (i32.const 0x20)) (then (unreachable)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $scalar))
    (unreachable))

  ;; The `len` bytes at x and at y are the same.
  (func $same (param $x i32) (param $y i32) (param $len i32) (result i32)
    (loop $words
      (if (i32.ge_u (local.get $len) (i32.const 8))
        (then
          (if (i64.ne (i64.load (local.get $x)) (i64.load (local.get $y))) (then (return (i32.const 0))))
          (local.set $x (i32.add (local.get $x) (i32.const 8)))
          (local.set $y (i32.add (local.get $y) (i32.const 8)))
          (local.set $len (i32.sub (local.get $len) (i32.const 8)))
          (br $words))))
    (loop $bytes
      (if (local.get $len)
        (then
          (if (i32.ne (i32.load8_u (local.get $x)) (i32.load8_u (local.get $y))) (then (return (i32.const 0))))
          (local.set $x (i32.add (local.get $x) (i32.const 1)))
          (local.set $y (i32.add (local.get $y) (i32.const 1)))
          (local.set $len (i32.sub (local.get $len) (i32.const 1)))
          (br $bytes))))
    (i32.const 1))

  ;; Bytes [x, xTo) and [y, yTo) are the same.
  (func $sameRange (param $x i32) (param $xTo i32) (param $y i32) (param $yTo i32) (result i32)
    (if (i32.ne (i32.sub (local.get $xTo) (local.get $x)) (i32.sub (local.get $yTo) (local.get $y)))
      (then (return (i32.const 0))))
    (call $same (local.get $x) (local.get $y) (i32.sub (local.get $xTo) (local.get $x))))

  ;; Stack space for `bytes` bytes (traps when there is none).
  (func $alloc (param $bytes i32) (result i32)
    (local $at i32)
    (local.set $at (global.get $sp))
    (if (i32.gt_u (i32.add (local.get $at) (local.get $bytes)) (global.get $spEnd)) (then (unreachable)))
    (global.set $sp (i32.add (local.get $at) (local.get $bytes)))
    (local.get $at))

  ;; Writes a record (see the header) and returns its index (traps when the records are full).
  (func $record (param $parent i32) (param $side i32) (param $from i32) (param $to i32) (param $h i32)
    (param $leaf i32) (result i32)
    (local $at i32)
    (if (i32.ge_u (global.get $count) (global.get $cap)) (then (unreachable)))
    (local.set $at (i32.add (global.get $recAt) (i32.mul (global.get $count) (i32.const 24))))
    (i32.store (local.get $at) (local.get $parent))
    (i32.store offset=4 (local.get $at) (local.get $side))
    (i32.store offset=8 (local.get $at) (local.get $from))
    (i32.store offset=12 (local.get $at) (local.get $to))
    (i32.store offset=16 (local.get $at) (local.get $h))
    (i32.store offset=20 (local.get $at) (local.get $leaf))
    (global.set $count (i32.add (global.get $count) (i32.const 1)))
    (i32.sub (global.get $count) (i32.const 1)))

  ;; Roles only ($endsOn): the key whose first byte (after its opening quote) is at q, before n:
  ;; returns where its closing quote is and leaves a hash of its bytes in $kh. A backslash or a byte
  ;; past ASCII traps, as in $members. A key shorter than 16 bytes (nearly all) is read in one
  ;; 16-byte load (the memory after the input is the module's own: see $stringEnd), its hash mixed
  ;; from the two halves; a longer one byte by byte. The hash only has to be one function of the
  ;; bytes within a call of `roles` and across the interned paths: every key of `roles` is read
  ;; here, and equal hashes are always checked against the bytes ($objects, $intern) or trap
  ;; ($table). `diff` and `unknown` keep raw-side.ts's FNV-1a (their records go to JS).
  (global $kh (mut i32) (i32.const 0))
  (func $keyScan (param $q i32) (param $n i32) (result i32)
    (local $v v128) (local $m i32) (local $len i32) (local $k i32) (local $c i32) (local $h i32)
    (local $x i64)
    (local.set $v (v128.load (local.get $q)))
    (local.set $m (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x22)))))
    (if (local.get $m)
      (then
        (local.set $len (i32.ctz (local.get $m)))
        (local.set $k (i32.add (local.get $q) (local.get $len)))
        (if (i32.ge_u (local.get $k) (local.get $n)) (then (unreachable)))
        ;; A backslash or a byte past ASCII before the quote.
        (if (i32.and
              (i32.or
                (i8x16.bitmask (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x5c))))
                (i8x16.bitmask (local.get $v)))
              (i32.sub (local.get $m) (i32.const 1)))
          (then (unreachable)))
        ;; The key's bytes alone (lanes from `len` on cleared), both halves mixed with its length.
        (local.set $v
          (v128.and (local.get $v)
            (i8x16.lt_u (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
              (i8x16.splat (local.get $len)))))
        (local.set $x
          (i64.add
            (i64.mul (i64x2.extract_lane 0 (local.get $v)) (i64.const 0x9e3779b97f4a7c15))
            (i64.mul
              (i64.xor (i64x2.extract_lane 1 (local.get $v)) (i64.extend_i32_u (local.get $len)))
              (i64.const 0xc2b2ae3d27d4eb4f))))
        (global.set $kh (i32.wrap_i64 (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 29)))))
        (return (local.get $k))))
    (local.set $h (i32.const 0x811c9dc5))
    (local.set $k (local.get $q))
    (block $keyEnd
      (loop $key
        (if (i32.ge_u (local.get $k) (local.get $n)) (then (unreachable)))
        (local.set $c (i32.load8_u (local.get $k)))
        (br_if $keyEnd (i32.eq (local.get $c) (i32.const 0x22)))
        (if (i32.or (i32.eq (local.get $c) (i32.const 0x5c)) (i32.ge_u (local.get $c) (i32.const 0x80)))
          (then (unreachable)))
        (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 0x01000193)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $key)))
    (global.set $kh (local.get $h))
    (local.get $k))

  ;; The members of the object whose '{' is at p (ending before n), five i32 each on the stack:
  ;; key first byte, key end, key hash, value first byte, value end. Returns where the list starts;
  ;; $sp is past it. A key with a backslash traps.
  (func $members (param $p i32) (param $n i32) (result i32)
    (local $list i32) (local $at i32) (local $k i32) (local $c i32) (local $h i32)
    (local.set $list (global.get $sp))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x7d)) (then (return (local.get $list))))
    (loop $member
      (if (i32.ne (i32.load8_u (local.get $p)) (i32.const 0x22)) (then (unreachable)))
      (local.set $at (call $alloc (i32.const 20)))
      (local.set $k (i32.add (local.get $p) (i32.const 1)))
      (local.set $h (i32.const 0x811c9dc5))
      (if (global.get $endsOn)
        (then
          (local.set $k (call $keyScan (local.get $k) (local.get $n)))
          (local.set $h (global.get $kh)))
        (else
          (block $keyEnd
            (loop $key
              (if (i32.ge_u (local.get $k) (local.get $n)) (then (unreachable)))
              (local.set $c (i32.load8_u (local.get $k)))
              (br_if $keyEnd (i32.eq (local.get $c) (i32.const 0x22)))
              ;; An escape, or a byte past ASCII (JS decodes such keys, and reports one it cannot).
              (if (i32.or (i32.eq (local.get $c) (i32.const 0x5c)) (i32.ge_u (local.get $c) (i32.const 0x80)))
                (then (unreachable)))
              (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $c)) (i32.const 0x01000193)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $key)))))
      (i32.store (local.get $at) (i32.add (local.get $p) (i32.const 1)))
      (i32.store offset=4 (local.get $at) (local.get $k))
      (i32.store offset=8 (local.get $at) (local.get $h))
      ;; Past the closing quote and the ':'.
      (if (i32.ne (i32.load8_u offset=1 (local.get $k)) (i32.const 0x3a)) (then (unreachable)))
      (local.set $p (i32.add (local.get $k) (i32.const 2)))
      (i32.store offset=12 (local.get $at) (local.get $p))
      (local.set $p (call $valueEnd (local.get $p) (local.get $n)))
      (i32.store offset=16 (local.get $at) (local.get $p))
      (local.set $c (i32.load8_u (local.get $p)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br_if $member (i32.eq (local.get $c) (i32.const 0x2c)))
      (if (i32.ne (local.get $c) (i32.const 0x7d)) (then (unreachable))))
    (local.get $list))

  ;; The elements of the array whose '[' is at p: first and end byte of each, as $members.
  (func $elements (param $p i32) (param $n i32) (result i32)
    (local $list i32) (local $at i32) (local $c i32)
    (local.set $list (global.get $sp))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (if (i32.eq (i32.load8_u (local.get $p)) (i32.const 0x5d)) (then (return (local.get $list))))
    (loop $element
      (local.set $at (call $alloc (i32.const 8)))
      (i32.store (local.get $at) (local.get $p))
      (local.set $p (call $valueEnd (local.get $p) (local.get $n)))
      (i32.store offset=4 (local.get $at) (local.get $p))
      (local.set $c (i32.load8_u (local.get $p)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br_if $element (i32.eq (local.get $c) (i32.const 0x2c)))
      (if (i32.ne (local.get $c) (i32.const 0x5d)) (then (unreachable))))
    (local.get $list))

  ;; Member ends the scanner noted (raw-value.ts's RawValue.ends: each ',' between the members of
  ;; a container and its closing bracket, as the index from the value's first byte and, above bit
  ;; 24, the container's level below the value's top), for `roles` only: per side, where the list
  ;; is, how many, and where the side's value starts. With them a container's members are found
  ;; without reading their values.
  (global $endsOn (mut i32) (i32.const 0))
  (global $bEnds (mut i32) (i32.const 0))
  (global $bEndsN (mut i32) (i32.const 0))
  (global $bBase (mut i32) (i32.const 0))
  (global $aEnds (mut i32) (i32.const 0))
  (global $aEndsN (mut i32) (i32.const 0))
  (global $aBase (mut i32) (i32.const 0))
  (global $uEnds (mut i32) (i32.const 0))
  (global $uEndsN (mut i32) (i32.const 0))
  (global $uBase (mut i32) (i32.const 0))
  ;; Set by $noted: the side of an address.
  (global $nEnds (mut i32) (i32.const 0))
  (global $nCount (mut i32) (i32.const 0))
  (global $nBase (mut i32) (i32.const 0))

  ;; The index of the first end noted for the container whose bracket is at p, `level` below its
  ;; value's top (-1: none noted); $nEnds, $nCount and $nBase then describe its side's list.
  (func $noted (param $p i32) (param $level i32) (result i32)
    (local $lo i32) (local $hi i32) (local $mid i32) (local $v i32)
    (if (i32.eqz (global.get $endsOn)) (then (return (i32.const -1))))
    (if (i32.ge_u (local.get $p) (global.get $uBase))
      (then
        (global.set $nEnds (global.get $uEnds))
        (global.set $nCount (global.get $uEndsN))
        (global.set $nBase (global.get $uBase)))
      (else
        (if (i32.ge_u (local.get $p) (global.get $aBase))
          (then
            (global.set $nEnds (global.get $aEnds))
            (global.set $nCount (global.get $aEndsN))
            (global.set $nBase (global.get $aBase)))
          (else
            (global.set $nEnds (global.get $bEnds))
            (global.set $nCount (global.get $bEndsN))
            (global.set $nBase (global.get $bBase))))))
    (local.set $hi (global.get $nCount))
    (block $found
      (loop $halve
        (br_if $found (i32.ge_u (local.get $lo) (local.get $hi)))
        (local.set $mid (i32.shr_u (i32.add (local.get $lo) (local.get $hi)) (i32.const 1)))
        (if (i32.le_u
              (i32.add (global.get $nBase)
                (i32.and (i32.load (i32.add (global.get $nEnds) (i32.shl (local.get $mid) (i32.const 2))))
                  (i32.const 0xffffff)))
              (local.get $p))
          (then (local.set $lo (i32.add (local.get $mid) (i32.const 1))))
          (else (local.set $hi (local.get $mid))))
        (br $halve)))
    ;; The first end of this level after p.
    (block $none
      (loop $next
        (br_if $none (i32.ge_u (local.get $lo) (global.get $nCount)))
        (local.set $v (i32.load (i32.add (global.get $nEnds) (i32.shl (local.get $lo) (i32.const 2)))))
        (if (i32.eq (i32.shr_u (local.get $v) (i32.const 24)) (local.get $level)) (then (return (local.get $lo))))
        (local.set $lo (i32.add (local.get $lo) (i32.const 1)))
        (br $next)))
    (i32.const -1))

  ;; The address of the next end of `level` from index e of $nEnds (its index in $e), or -1.
  (global $e (mut i32) (i32.const 0))
  (func $nextEnd (param $level i32) (result i32)
    (local $v i32)
    (loop $next
      (if (i32.ge_u (global.get $e) (global.get $nCount)) (then (return (i32.const -1))))
      (local.set $v (i32.load (i32.add (global.get $nEnds) (i32.shl (global.get $e) (i32.const 2)))))
      (global.set $e (i32.add (global.get $e) (i32.const 1)))
      (br_if $next (i32.ne (i32.shr_u (local.get $v) (i32.const 24)) (local.get $level))))
    (i32.add (global.get $nBase) (i32.and (local.get $v) (i32.const 0xffffff))))

  ;; A value [from, to) found from noted ends: whitespace at either end traps (the ends do not
  ;; show it; $members would have trapped on it).
  (func $compactEnds (param $from i32) (param $to i32)
    (if (i32.or
          (i32.ge_u (local.get $from) (local.get $to))
          (i32.or
            (i32.le_u (i32.load8_u (local.get $from)) (i32.const 0x20))
            (i32.le_u (i32.load8_u (i32.sub (local.get $to) (i32.const 1))) (i32.const 0x20))))
      (then (unreachable))))

  ;; $members of the object at p (ending before n), from the ends noted where there are. Its loop
  ;; is $nextEnd, $alloc and $compactEnds written out (no call per member: `roles` runs it for
  ;; every object it compares), with its keys read by $keyScan.
  (func $membersAt (param $p i32) (param $n i32) (param $level i32) (result i32)
    (local $list i32) (local $at i32) (local $k i32) (local $c i32) (local $end i32)
    (local $start i32) (local $e i32) (local $v i32) (local $ends i32) (local $count i32)
    (local $base i32)
    (if (i32.eq (i32.load8_u (i32.add (local.get $p) (i32.const 1))) (i32.const 0x7d))
      (then (return (global.get $sp))))
    (local.set $e (call $noted (local.get $p) (local.get $level)))
    (if (i32.lt_s (local.get $e) (i32.const 0)) (then (return (call $members (local.get $p) (local.get $n)))))
    (local.set $ends (global.get $nEnds))
    (local.set $count (global.get $nCount))
    (local.set $base (global.get $nBase))
    (local.set $list (global.get $sp))
    (local.set $at (local.get $list))
    (local.set $start (local.get $p))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (loop $member
      ;; The next end of this level ($nextEnd).
      (local.set $end (i32.const -1))
      (block $found
        (loop $next
          (br_if $found (i32.ge_u (local.get $e) (local.get $count)))
          (local.set $v (i32.load (i32.add (local.get $ends) (i32.shl (local.get $e) (i32.const 2)))))
          (local.set $e (i32.add (local.get $e) (i32.const 1)))
          (br_if $next (i32.ne (i32.shr_u (local.get $v) (i32.const 24)) (local.get $level)))
          (local.set $end (i32.add (local.get $base) (i32.and (local.get $v) (i32.const 0xffffff))))))
      (if (i32.or (i32.lt_s (local.get $end) (i32.const 0)) (i32.ge_u (local.get $end) (local.get $n)))
        (then
          ;; Not noted after all: read.
          (global.set $sp (local.get $list))
          (return (call $members (local.get $start) (local.get $n)))))
      (if (i32.ne (i32.load8_u (local.get $p)) (i32.const 0x22)) (then (unreachable)))
      ;; Twenty bytes of the stack ($alloc).
      (if (i32.gt_u (i32.add (local.get $at) (i32.const 20)) (global.get $spEnd)) (then (unreachable)))
      (local.set $k (call $keyScan (i32.add (local.get $p) (i32.const 1)) (local.get $end)))
      (i32.store (local.get $at) (i32.add (local.get $p) (i32.const 1)))
      (i32.store offset=4 (local.get $at) (local.get $k))
      (i32.store offset=8 (local.get $at) (global.get $kh))
      (if (i32.ne (i32.load8_u offset=1 (local.get $k)) (i32.const 0x3a)) (then (unreachable)))
      (local.set $p (i32.add (local.get $k) (i32.const 2)))
      ;; The value is compact at both ends ($compactEnds).
      (if (i32.or
            (i32.ge_u (local.get $p) (local.get $end))
            (i32.or
              (i32.le_u (i32.load8_u (local.get $p)) (i32.const 0x20))
              (i32.le_u (i32.load8_u (i32.sub (local.get $end) (i32.const 1))) (i32.const 0x20))))
        (then (unreachable)))
      (i32.store offset=12 (local.get $at) (local.get $p))
      (i32.store offset=16 (local.get $at) (local.get $end))
      (local.set $at (i32.add (local.get $at) (i32.const 20)))
      (local.set $c (i32.load8_u (local.get $end)))
      (local.set $p (i32.add (local.get $end) (i32.const 1)))
      (br_if $member (i32.eq (local.get $c) (i32.const 0x2c)))
      (if (i32.ne (local.get $c) (i32.const 0x7d)) (then (unreachable))))
    (global.set $sp (local.get $at))
    (local.get $list))

  ;; $elements of the array at p (ending before n), from the ends noted where there are.
  (func $elementsAt (param $p i32) (param $n i32) (param $level i32) (result i32)
    (local $list i32) (local $at i32) (local $c i32) (local $end i32) (local $start i32)
    (if (i32.eq (i32.load8_u (i32.add (local.get $p) (i32.const 1))) (i32.const 0x5d))
      (then (return (global.get $sp))))
    (global.set $e (call $noted (local.get $p) (local.get $level)))
    (if (i32.lt_s (global.get $e) (i32.const 0)) (then (return (call $elements (local.get $p) (local.get $n)))))
    (local.set $list (global.get $sp))
    (local.set $start (local.get $p))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (loop $element
      (local.set $end (call $nextEnd (local.get $level)))
      (if (i32.or (i32.lt_s (local.get $end) (i32.const 0)) (i32.ge_u (local.get $end) (local.get $n)))
        (then
          (global.set $sp (local.get $list))
          (return (call $elements (local.get $start) (local.get $n)))))
      (call $compactEnds (local.get $p) (local.get $end))
      (local.set $at (call $alloc (i32.const 8)))
      (i32.store (local.get $at) (local.get $p))
      (i32.store offset=4 (local.get $at) (local.get $end))
      (local.set $c (i32.load8_u (local.get $end)))
      (local.set $p (i32.add (local.get $end) (i32.const 1)))
      (br_if $element (i32.eq (local.get $c) (i32.const 0x2c)))
      (if (i32.ne (local.get $c) (i32.const 0x5d)) (then (unreachable))))
    (local.get $list))

  ;; A hash table of the `count` members listed at `list`, by key hash: slots of (hash, member
  ;; index + 1), `mask` + 1 of them. Two keys with one hash (a key written twice) trap.
  (func $table (param $list i32) (param $count i32) (param $mask i32) (result i32)
    (local $t i32) (local $i i32) (local $h i32) (local $s i32)
    (local.set $t (call $alloc (i32.shl (i32.add (local.get $mask) (i32.const 1)) (i32.const 3))))
    (memory.fill (local.get $t) (i32.const 0) (i32.shl (i32.add (local.get $mask) (i32.const 1)) (i32.const 3)))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $count)))
        (local.set $h (i32.load offset=8 (i32.add (local.get $list) (i32.mul (local.get $i) (i32.const 20)))))
        (local.set $s (i32.and (local.get $h) (local.get $mask)))
        (loop $probe
          (if (i32.load offset=4 (i32.add (local.get $t) (i32.shl (local.get $s) (i32.const 3))))
            (then
              (if (i32.eq (i32.load (i32.add (local.get $t) (i32.shl (local.get $s) (i32.const 3)))) (local.get $h))
                (then (unreachable)))
              (local.set $s (i32.and (i32.add (local.get $s) (i32.const 1)) (local.get $mask)))
              (br $probe))))
        (i32.store (i32.add (local.get $t) (i32.shl (local.get $s) (i32.const 3))) (local.get $h))
        (i32.store offset=4 (i32.add (local.get $t) (i32.shl (local.get $s) (i32.const 3)))
          (i32.add (local.get $i) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $t))

  ;; The index of the member with key hash h in table t, or -1.
  (func $find (param $t i32) (param $mask i32) (param $h i32) (result i32)
    (local $s i32) (local $m i32)
    (local.set $s (i32.and (local.get $h) (local.get $mask)))
    (loop $probe
      (local.set $m (i32.load offset=4 (i32.add (local.get $t) (i32.shl (local.get $s) (i32.const 3)))))
      (if (i32.eqz (local.get $m)) (then (return (i32.const -1))))
      (if (i32.eq (i32.load (i32.add (local.get $t) (i32.shl (local.get $s) (i32.const 3)))) (local.get $h))
        (then (return (i32.sub (local.get $m) (i32.const 1)))))
      (local.set $s (i32.and (i32.add (local.get $s) (i32.const 1)) (local.get $mask)))
      (br $probe))
    (unreachable))

  ;; A table mask for `count` members: at least twice as many slots, a power of two.
  (func $maskFor (param $count i32) (result i32)
    (i32.sub
      (i32.shl (i32.const 1) (i32.sub (i32.const 33) (i32.clz (i32.or (local.get $count) (i32.const 1)))))
      (i32.const 1)))

  ;; The differing values [bF, bTo) and [aF, aTo) of a member whose record is `r`, `depth` containers down:
  ;; 1 when the member's path itself changed (a leaf), 0 when not or when its changes were recorded
  ;; below it.
  (func $value (param $bF i32) (param $bTo i32) (param $aF i32) (param $aTo i32) (param $depth i32)
    (param $r i32) (result i32)
    (local $cb i32)
    (local.set $cb (i32.load8_u (local.get $bF)))
    (if (i32.and
          (i32.lt_s (local.get $depth) (i32.const 4))
          (i32.eq (local.get $cb) (i32.load8_u (local.get $aF))))
      (then
        (if (i32.eq (local.get $cb) (i32.const 0x7b))
          (then
            (call $objects (local.get $bF) (local.get $bTo) (local.get $aF) (local.get $aTo)
              (i32.add (local.get $depth) (i32.const 1)) (local.get $r))
            (return (i32.const 0))))
        (if (i32.eq (local.get $cb) (i32.const 0x5b))
          (then
            (call $arrays (local.get $bF) (local.get $bTo) (local.get $aF) (local.get $aTo)
              (i32.add (local.get $depth) (i32.const 1)) (local.get $r))
            (return (i32.const 0))))))
    ;; Two containers of one kind past MAX_PATH_DEPTH, compared as text: the text must be compact
    ;; ($valueEnd traps on whitespace), which member ends noted by the scanner do not show.
    (if (i32.and (global.get $endsOn)
          (i32.and
            (i32.eq (local.get $cb) (i32.load8_u (local.get $aF)))
            (i32.or (i32.eq (local.get $cb) (i32.const 0x7b)) (i32.eq (local.get $cb) (i32.const 0x5b)))))
      (then
        (drop (call $valueEnd (local.get $bF) (local.get $bTo)))
        (drop (call $valueEnd (local.get $aF) (local.get $aTo)))))
    (i32.const 1))

  ;; A member with a value on both sides: recorded, and kept only if it or something below changed.
  (func $pair (param $parent i32) (param $side i32) (param $kF i32) (param $kTo i32) (param $h i32)
    (param $bF i32) (param $bTo i32) (param $aF i32) (param $aTo i32) (param $depth i32)
    (local $r i32)
    (if (call $sameRange (local.get $bF) (local.get $bTo) (local.get $aF) (local.get $aTo)) (then (return)))
    (local.set $r
      (call $record (local.get $parent) (local.get $side) (local.get $kF) (local.get $kTo) (local.get $h)
        (i32.const 0)))
    (if (call $value (local.get $bF) (local.get $bTo) (local.get $aF) (local.get $aTo) (local.get $depth)
          (local.get $r))
      (then
        (i32.store offset=20 (i32.add (global.get $recAt) (i32.mul (local.get $r) (i32.const 24))) (i32.const 1))
        (return)))
    ;; Nothing below it changed (keys in another order, say): not a path of the result.
    (if (i32.eq (global.get $count) (i32.add (local.get $r) (i32.const 1)))
      (then (global.set $count (local.get $r)))))

  (func $objects (param $bS i32) (param $bTo i32) (param $aS i32) (param $aTo i32) (param $depth i32)
    (param $parent i32)
    (local $mark i32) (local $bl i32) (local $al i32) (local $bn i32) (local $an i32)
    (local $mask i32) (local $bt i32) (local $at i32) (local $i i32) (local $j i32) (local $x i32)
    (local $y i32)
    (local.set $mark (global.get $sp))
    (local.set $bl (call $membersAt (local.get $bS) (local.get $bTo) (local.get $depth)))
    (local.set $bn (i32.div_u (i32.sub (global.get $sp) (local.get $bl)) (i32.const 20)))
    (local.set $al (call $membersAt (local.get $aS) (local.get $aTo) (local.get $depth)))
    (local.set $an (i32.div_u (i32.sub (global.get $sp) (local.get $al)) (i32.const 20)))
    (local.set $mask
      (call $maskFor (select (local.get $bn) (local.get $an) (i32.gt_u (local.get $bn) (local.get $an)))))
    (local.set $bt (call $table (local.get $bl) (local.get $bn) (local.get $mask)))
    (local.set $at (call $table (local.get $al) (local.get $an) (local.get $mask)))
    ;; Before's members: paired with after's by key (changed or not), or removed.
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $bn)))
        (local.set $x (i32.add (local.get $bl) (i32.mul (local.get $i) (i32.const 20))))
        (local.set $j (call $find (local.get $at) (local.get $mask) (i32.load offset=8 (local.get $x))))
        (if (i32.lt_s (local.get $j) (i32.const 0))
          (then
            (drop
              (call $record (local.get $parent) (i32.const 0) (i32.load (local.get $x))
                (i32.load offset=4 (local.get $x)) (i32.load offset=8 (local.get $x)) (i32.const 1))))
          (else
            (local.set $y (i32.add (local.get $al) (i32.mul (local.get $j) (i32.const 20))))
            ;; One hash, two keys: left to the JS comparison.
            (if (i32.eqz
                  (call $sameRange (i32.load (local.get $x)) (i32.load offset=4 (local.get $x))
                    (i32.load (local.get $y)) (i32.load offset=4 (local.get $y))))
              (then (unreachable)))
            (call $pair (local.get $parent) (i32.const 0) (i32.load (local.get $x))
              (i32.load offset=4 (local.get $x)) (i32.load offset=8 (local.get $x))
              (i32.load offset=12 (local.get $x)) (i32.load offset=16 (local.get $x))
              (i32.load offset=12 (local.get $y)) (i32.load offset=16 (local.get $y)) (local.get $depth))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    ;; After's members without one in before: added.
    (local.set $i (i32.const 0))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $an)))
        (local.set $y (i32.add (local.get $al) (i32.mul (local.get $i) (i32.const 20))))
        (if (i32.lt_s (call $find (local.get $bt) (local.get $mask) (i32.load offset=8 (local.get $y))) (i32.const 0))
          (then
            (drop
              (call $record (local.get $parent) (i32.const 1) (i32.load (local.get $y))
                (i32.load offset=4 (local.get $y)) (i32.load offset=8 (local.get $y)) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (global.set $sp (local.get $mark)))

  (func $arrays (param $bS i32) (param $bTo i32) (param $aS i32) (param $aTo i32) (param $depth i32)
    (param $parent i32)
    (local $mark i32) (local $bl i32) (local $al i32) (local $bn i32) (local $an i32) (local $i i32)
    (local $x i32) (local $y i32)
    (local.set $mark (global.get $sp))
    (local.set $bl (call $elementsAt (local.get $bS) (local.get $bTo) (local.get $depth)))
    (local.set $bn (i32.shr_u (i32.sub (global.get $sp) (local.get $bl)) (i32.const 3)))
    (local.set $al (call $elementsAt (local.get $aS) (local.get $aTo) (local.get $depth)))
    (local.set $an (i32.shr_u (i32.sub (global.get $sp) (local.get $al)) (i32.const 3)))
    (block $done
      (loop $each
        (br_if $done
          (i32.or (i32.ge_u (local.get $i) (local.get $bn)) (i32.ge_u (local.get $i) (local.get $an))))
        (local.set $x (i32.add (local.get $bl) (i32.shl (local.get $i) (i32.const 3))))
        (local.set $y (i32.add (local.get $al) (i32.shl (local.get $i) (i32.const 3))))
        (call $pair (local.get $parent) (i32.const 0) (i32.const 0) (i32.const -1) (local.get $i)
          (i32.load (local.get $x)) (i32.load offset=4 (local.get $x))
          (i32.load (local.get $y)) (i32.load offset=4 (local.get $y)) (local.get $depth))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    ;; Elements past the shorter side: changed.
    (block $done
      (loop $rest
        (br_if $done
          (i32.and (i32.ge_u (local.get $i) (local.get $bn)) (i32.ge_u (local.get $i) (local.get $an))))
        (drop (call $record (local.get $parent) (i32.const 0) (i32.const 0) (i32.const -1) (local.get $i) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rest)))
    (global.set $sp (local.get $mark)))

  (func (export "diff")
    (param $bLen i32) (param $aAt i32) (param $aLen i32) (param $recAt i32) (param $recCap i32)
    (param $sp i32) (param $spEnd i32) (result i32)
    (global.set $endsOn (i32.const 0))
    (global.set $aAt (local.get $aAt))
    (global.set $recAt (local.get $recAt))
    (global.set $cap (local.get $recCap))
    (global.set $count (i32.const 0))
    (global.set $sp (local.get $sp))
    (global.set $spEnd (local.get $spEnd))
    (if (i32.or
          (i32.ne (i32.load8_u (i32.const 0)) (i32.const 0x7b))
          (i32.ne (i32.load8_u (local.get $aAt)) (i32.const 0x7b)))
      (then (unreachable)))
    (if (i32.eqz
          (call $sameRange (i32.const 0) (local.get $bLen) (local.get $aAt)
            (i32.add (local.get $aAt) (local.get $aLen))))
      (then
        (call $objects (i32.const 0) (local.get $bLen) (local.get $aAt)
          (i32.add (local.get $aAt) (local.get $aLen)) (i32.const 0) (i32.const -1))))
    (global.get $count))

  ;; A `true` occurs in [p, n) outside strings.
  (func $holdsTrue (param $p i32) (param $n i32) (result i32)
    (local $c i32)
    (block $none
      (loop $bytes
        (br_if $none (i32.ge_u (local.get $p) (local.get $n)))
        (local.set $c (i32.load8_u (local.get $p)))
        (if (i32.eq (local.get $c) (i32.const 0x22))
          (then
            (local.set $p (call $stringEnd (local.get $p)))
            (br $bytes)))
        (if (i32.eq (local.get $c) (i32.const 0x74)) (then (return (i32.const 1))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $bytes)))
    (i32.const 0))

  ;; A value of `after_unknown` [from, to) whose record is `r`, `depth` containers down: 1 when its
  ;; path itself is known after apply (a `true`, or a container past MAX_PATH_DEPTH holding one),
  ;; 0 when not or when its paths were recorded below it (raw-unknown-paths.ts's UnknownWalk).
  (func $unknownValue (param $from i32) (param $to i32) (param $depth i32) (param $r i32) (result i32)
    (local $c i32) (local $mark i32) (local $list i32) (local $n i32) (local $i i32) (local $x i32)
    (local.set $c (i32.load8_u (local.get $from)))
    (if (i32.eq (local.get $c) (i32.const 0x74)) (then (return (i32.const 1))))
    (if (i32.and (i32.ne (local.get $c) (i32.const 0x7b)) (i32.ne (local.get $c) (i32.const 0x5b)))
      (then (return (i32.const 0))))
    (if (i32.ge_s (local.get $depth) (i32.const 4))
      (then (return (call $holdsTrue (local.get $from) (local.get $to)))))
    (if (i32.eq (local.get $c) (i32.const 0x7b))
      (then
        (call $unknownMembers (local.get $from) (local.get $to) (i32.add (local.get $depth) (i32.const 1))
          (local.get $r))
        (return (i32.const 0))))
    (local.set $mark (global.get $sp))
    (local.set $list
      (call $elementsAt (local.get $from) (local.get $to) (i32.add (local.get $depth) (i32.const 1))))
    (local.set $n (i32.shr_u (i32.sub (global.get $sp) (local.get $list)) (i32.const 3)))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.add (local.get $list) (i32.shl (local.get $i) (i32.const 3))))
        (call $unknownMember (local.get $r) (i32.const 0) (i32.const -1) (local.get $i)
          (i32.load (local.get $x)) (i32.load offset=4 (local.get $x)) (i32.add (local.get $depth) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (global.set $sp (local.get $mark))
    (i32.const 0))

  ;; A member or element of `after_unknown`: recorded, and kept only if it or something below holds
  ;; a `true` (values that are neither `true` nor a container are passed over).
  (func $unknownMember (param $parent i32) (param $kF i32) (param $kTo i32) (param $h i32)
    (param $from i32) (param $to i32) (param $depth i32)
    (local $c i32) (local $r i32)
    (local.set $c (i32.load8_u (local.get $from)))
    (if (i32.and
          (i32.ne (local.get $c) (i32.const 0x74))
          (i32.and (i32.ne (local.get $c) (i32.const 0x7b)) (i32.ne (local.get $c) (i32.const 0x5b))))
      (then (return)))
    (local.set $r
      (call $record (local.get $parent) (i32.const 0) (local.get $kF) (local.get $kTo) (local.get $h)
        (i32.const 0)))
    (if (call $unknownValue (local.get $from) (local.get $to) (local.get $depth) (local.get $r))
      (then
        (i32.store offset=20 (i32.add (global.get $recAt) (i32.mul (local.get $r) (i32.const 24))) (i32.const 1))
        (return)))
    (if (i32.eq (global.get $count) (i32.add (local.get $r) (i32.const 1)))
      (then (global.set $count (local.get $r)))))

  ;; The members of an `after_unknown` object (keys written twice trap: see $table).
  (func $unknownMembers (param $start i32) (param $end i32) (param $depth i32) (param $parent i32)
    (local $mark i32) (local $list i32) (local $n i32) (local $i i32) (local $x i32)
    (local.set $mark (global.get $sp))
    (local.set $list (call $membersAt (local.get $start) (local.get $end) (local.get $depth)))
    (local.set $n (i32.div_u (i32.sub (global.get $sp) (local.get $list)) (i32.const 20)))
    (drop (call $table (local.get $list) (local.get $n) (call $maskFor (local.get $n))))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $x (i32.add (local.get $list) (i32.mul (local.get $i) (i32.const 20))))
        (call $unknownMember (local.get $parent) (i32.load (local.get $x)) (i32.load offset=4 (local.get $x))
          (i32.load offset=8 (local.get $x)) (i32.load offset=12 (local.get $x))
          (i32.load offset=16 (local.get $x)) (local.get $depth))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (global.set $sp (local.get $mark)))

  ;; The paths of the `after_unknown` object at 0 (`len` bytes) that are known after apply, as
  ;; records (see the header; every key is read from side 0).
  (func (export "unknown")
    (param $len i32) (param $recAt i32) (param $recCap i32) (param $sp i32) (param $spEnd i32)
    (result i32)
    (global.set $endsOn (i32.const 0))
    (global.set $recAt (local.get $recAt))
    (global.set $cap (local.get $recCap))
    (global.set $count (i32.const 0))
    (global.set $sp (local.get $sp))
    (global.set $spEnd (local.get $spEnd))
    (if (i32.ne (i32.load8_u (i32.const 0)) (i32.const 0x7b)) (then (unreachable)))
    (call $unknownMembers (i32.const 0) (local.get $len) (i32.const 0) (i32.const -1))
    (global.get $count))

  ;; ---- Roles: the whole of a change's attribute roles in one call (raw-roles-wasm.ts) ----
  ;;
  ;; `roles` runs the `after_unknown` walk and the comparison above on one change and goes on to
  ;; what attribute-diff.ts's result() did in JS with their paths: the known-after-apply filter,
  ;; trailing indexes trimmed, repeats and paths under another dropped (readablePaths), and the
  ;; order of the paths' text (UTF-16 code units: the keys here are ASCII, so their bytes). Paths
  ;; are interned for the whole read, in this instance's memory from 0 (below), so each one's text
  ;; is built once (attribute-paths.ts's keyPath/indexPath spelling) and a path is its id: equal
  ;; paths are equal ids, and a path's ancestors are its parents' chain. JS decodes the text of
  ;; each new id once and reads a change's result as ids.
  ;;
  ;; Interned paths: $ids entries of 24 bytes from 0 (parent id or -1, step kind: 0 a plain key,
  ;; 1 a quoted key, 2 an element; the key's hash or the element's index; the text's address and
  ;; length in the arena; the key's length), a table of 8,192 slots (id + 1) at $TABLE, three
  ;; stamp arrays (one per set a call builds), the texts' arena, and the ids in the order of their
  ;; texts ($ORDER) with each id's place in it ($RANK): kept as paths are interned (a few hundred a
  ;; read), so a change's paths are sorted by comparing two numbers, not their texts. Full: a trap,
  ;; and JS resets.
  (global $ENTRIES i32 (i32.const 0))
  (global $MAX_IDS i32 (i32.const 4096))
  (global $TABLE i32 (i32.const 98304))
  (global $STAMP_U i32 (i32.const 131072))
  (global $STAMP_N i32 (i32.const 147456))
  (global $STAMP_K i32 (i32.const 163840))
  (global $ARENA i32 (i32.const 180224))
  (global $ARENA_BYTES i32 (i32.const 262144))
  (global $ORDER i32 (i32.const 442368))
  (global $RANK i32 (i32.const 458752))
  (global $ids (mut i32) (i32.const 0))
  (global $arena (mut i32) (i32.const 0))
  (global $serial (mut i32) (i32.const 0))

  ;; Where the interned region ends (inputs go after it), the ids and arena bytes used.
  (func (export "internEnd") (result i32) (i32.add (global.get $RANK) (i32.const 16384)))
  (func (export "pathCount") (result i32) (global.get $ids))
  (func (export "arenaUsed") (result i32) (global.get $arena))

  ;; Forgets every interned path (JS forgets their texts with them).
  (func (export "resetPaths")
    (memory.fill (global.get $TABLE) (i32.const 0) (i32.const 32768))
    (global.set $ids (i32.const 0))
    (global.set $arena (i32.const 0)))

  ;; An id's entry ($ENTRIES is 0: the loops below read an entry at id * 24, its parent first).
  (func $entry (param $id i32) (result i32)
    (i32.add (global.get $ENTRIES) (i32.mul (local.get $id) (i32.const 24))))

  ;; 0 when the key [kF, kTo) is plain (/^[A-Za-z_][A-Za-z0-9_-]*$/: written `a.key`), 1 when it
  ;; is written quoted (`a["key.x"]`).
  (func $keyKind (param $kF i32) (param $kTo i32) (result i32)
    (local $c i32) (local $k i32)
    (if (i32.ge_u (local.get $kF) (local.get $kTo)) (then (return (i32.const 1))))
    (local.set $k (local.get $kF))
    (loop $chars
      (local.set $c (i32.load8_u (local.get $k)))
      (if (i32.eqz
            (i32.or
              (i32.lt_u (i32.sub (i32.or (local.get $c) (i32.const 0x20)) (i32.const 0x61)) (i32.const 26))
              (i32.eq (local.get $c) (i32.const 0x5f))))
        (then
          (if (i32.eq (local.get $k) (local.get $kF)) (then (return (i32.const 1))))
          (if (i32.eqz
                (i32.or
                  (i32.lt_u (i32.sub (local.get $c) (i32.const 0x30)) (i32.const 10))
                  (i32.eq (local.get $c) (i32.const 0x2d))))
            (then (return (i32.const 1))))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $chars (i32.lt_u (local.get $k) (local.get $kTo))))
    (i32.const 0))

  ;; Decimal digits of n (>= 0).
  (func $digits (param $n i32) (result i32)
    (local $d i32)
    (local.set $d (i32.const 1))
    (loop $more
      (if (i32.ge_u (local.get $n) (i32.const 10))
        (then
          (local.set $n (i32.div_u (local.get $n) (i32.const 10)))
          (local.set $d (i32.add (local.get $d) (i32.const 1)))
          (br $more))))
    (local.get $d))

  ;; The id of the path one step below `parent` (-1: the top): the key [kF, kTo) with hash `h`, or
  ;; (kTo < 0) element `h`. A new path's text is its parent's and the step, as keyPath/indexPath
  ;; write it.
  (func $intern (param $parent i32) (param $kF i32) (param $kTo i32) (param $h i32) (result i32)
    (local $mix i32) (local $s i32) (local $v i32) (local $e i32) (local $klen i32) (local $kind i32)
    (local $pOff i32) (local $pLen i32) (local $len i32) (local $at i32) (local $n i32) (local $d i32)
    (local.set $klen (i32.sub (local.get $kTo) (local.get $kF)))
    (local.set $mix
      (i32.xor
        (i32.mul (i32.add (local.get $parent) (i32.const 1)) (i32.const 0x9e3779b1))
        (i32.xor (local.get $h) (select (i32.const 0x5bd1e995) (i32.const 0) (i32.lt_s (local.get $kTo) (i32.const 0))))))
    (local.set $s (i32.and (i32.xor (local.get $mix) (i32.shr_u (local.get $mix) (i32.const 15))) (i32.const 8191)))
    (block $insert
      (loop $probe
        (local.set $v (i32.load (i32.add (global.get $TABLE) (i32.shl (local.get $s) (i32.const 2)))))
        (br_if $insert (i32.eqz (local.get $v)))
        (local.set $e (call $entry (i32.sub (local.get $v) (i32.const 1))))
        (if (i32.and
              (i32.eq (i32.load (local.get $e)) (local.get $parent))
              (i32.eq (i32.load offset=8 (local.get $e)) (local.get $h)))
          (then
            (if (i32.lt_s (local.get $kTo) (i32.const 0))
              (then
                (if (i32.eq (i32.load offset=4 (local.get $e)) (i32.const 2))
                  (then (return (i32.sub (local.get $v) (i32.const 1))))))
              (else
                (if (i32.and
                      (i32.ne (i32.load offset=4 (local.get $e)) (i32.const 2))
                      (i32.eq (i32.load offset=20 (local.get $e)) (local.get $klen)))
                  (then
                    ;; The key is the end of the text (before `"]` when quoted).
                    (if (call $same (local.get $kF)
                          (i32.sub
                            (i32.add (i32.load offset=12 (local.get $e)) (i32.load offset=16 (local.get $e)))
                            (i32.add (local.get $klen)
                              (i32.shl (i32.load offset=4 (local.get $e)) (i32.const 1))))
                          (local.get $klen))
                      (then (return (i32.sub (local.get $v) (i32.const 1)))))))))))
        (local.set $s (i32.and (i32.add (local.get $s) (i32.const 1)) (i32.const 8191)))
        (br $probe)))
    ;; A new path: its text after its parent's.
    (if (i32.ge_s (local.get $parent) (i32.const 0))
      (then
        (local.set $pOff (i32.load offset=12 (i32.mul (local.get $parent) (i32.const 24))))
        (local.set $pLen (i32.load offset=16 (i32.mul (local.get $parent) (i32.const 24))))))
    (if (i32.lt_s (local.get $kTo) (i32.const 0))
      (then
        (local.set $kind (i32.const 2))
        (local.set $d (call $digits (local.get $h)))
        (local.set $len (i32.add (local.get $pLen) (i32.add (local.get $d) (i32.const 2)))))
      (else
        (local.set $kind (call $keyKind (local.get $kF) (local.get $kTo)))
        (local.set $len
          (i32.add (i32.add (local.get $pLen) (local.get $klen))
            (select (i32.const 4) (i32.ne (local.get $pLen) (i32.const 0)) (local.get $kind))))))
    (if (i32.or
          (i32.ge_u (global.get $ids) (global.get $MAX_IDS))
          (i32.gt_u (i32.add (global.get $arena) (local.get $len)) (global.get $ARENA_BYTES)))
      (then (unreachable)))
    (local.set $at (i32.add (global.get $ARENA) (global.get $arena)))
    (memory.copy (local.get $at) (local.get $pOff) (local.get $pLen))
    (local.set $n (i32.add (local.get $at) (local.get $pLen)))
    (if (i32.eq (local.get $kind) (i32.const 2))
      (then
        (i32.store8 (local.get $n) (i32.const 0x5b))
        (local.set $v (local.get $h))
        (local.set $e (i32.add (local.get $n) (local.get $d)))
        (loop $digit
          (i32.store8 (local.get $e) (i32.add (i32.const 0x30) (i32.rem_u (local.get $v) (i32.const 10))))
          (local.set $v (i32.div_u (local.get $v) (i32.const 10)))
          (local.set $e (i32.sub (local.get $e) (i32.const 1)))
          (br_if $digit (i32.gt_u (local.get $e) (local.get $n))))
        (i32.store8 (i32.add (local.get $n) (i32.add (local.get $d) (i32.const 1))) (i32.const 0x5d)))
      (else
        (if (i32.eqz (local.get $kind))
          (then
            (if (local.get $pLen)
              (then
                (i32.store8 (local.get $n) (i32.const 0x2e))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))))
            (memory.copy (local.get $n) (local.get $kF) (local.get $klen)))
          (else
            (i32.store16 (local.get $n) (i32.const 0x225b)) ;; ["
            (memory.copy (i32.add (local.get $n) (i32.const 2)) (local.get $kF) (local.get $klen))
            (i32.store16 (i32.add (local.get $n) (i32.add (local.get $klen) (i32.const 2))) (i32.const 0x5d22)))))) ;; "]
    (local.set $e (call $entry (global.get $ids)))
    (i32.store (local.get $e) (local.get $parent))
    (i32.store offset=4 (local.get $e) (local.get $kind))
    (i32.store offset=8 (local.get $e) (local.get $h))
    (i32.store offset=12 (local.get $e) (local.get $at))
    (i32.store offset=16 (local.get $e) (local.get $len))
    (i32.store offset=20 (local.get $e) (local.get $klen))
    (i32.store (i32.add (global.get $TABLE) (i32.shl (local.get $s) (i32.const 2))) (i32.add (global.get $ids) (i32.const 1)))
    (global.set $arena (i32.add (global.get $arena) (local.get $len)))
    (call $placeInOrder (global.get $ids))
    (global.set $ids (i32.add (global.get $ids) (i32.const 1)))
    (i32.sub (global.get $ids) (i32.const 1)))

  ;; The new id `id` (the last, its entry written) put in $ORDER by its text, and $RANK renumbered
  ;; from its place on.
  (func $placeInOrder (param $id i32)
    (local $lo i32) (local $hi i32) (local $mid i32) (local $k i32) (local $at i32)
    (local.set $hi (local.get $id))
    (block $found
      (loop $halve
        (br_if $found (i32.ge_u (local.get $lo) (local.get $hi)))
        (local.set $mid (i32.shr_u (i32.add (local.get $lo) (local.get $hi)) (i32.const 1)))
        (if (i32.le_s
              (call $compare
                (i32.load (i32.add (global.get $ORDER) (i32.shl (local.get $mid) (i32.const 2))))
                (local.get $id))
              (i32.const 0))
          (then (local.set $lo (i32.add (local.get $mid) (i32.const 1))))
          (else (local.set $hi (local.get $mid))))
        (br $halve)))
    (local.set $at (i32.add (global.get $ORDER) (i32.shl (local.get $lo) (i32.const 2))))
    (memory.copy (i32.add (local.get $at) (i32.const 4)) (local.get $at)
      (i32.shl (i32.sub (local.get $id) (local.get $lo)) (i32.const 2)))
    (i32.store (local.get $at) (local.get $id))
    (local.set $k (local.get $lo))
    (loop $renumber
      (i32.store
        (i32.add (global.get $RANK)
          (i32.shl (i32.load (i32.add (global.get $ORDER) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 2)))
        (local.get $k))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $renumber (i32.le_u (local.get $k) (local.get $id)))))


  ;; The `count` records at `base` (see the header) interned: each record's id replaces its side.
  (func $internAll (param $base i32) (param $count i32)
    (local $r i32) (local $rec i32) (local $p i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $r) (local.get $count)))
        (local.set $rec (i32.add (local.get $base) (i32.mul (local.get $r) (i32.const 24))))
        (local.set $p (i32.load (local.get $rec)))
        (i32.store offset=4 (local.get $rec)
          (call $intern
            (if (result i32) (i32.lt_s (local.get $p) (i32.const 0))
              (then (i32.const -1))
              (else (i32.load offset=4 (i32.add (local.get $base) (i32.mul (local.get $p) (i32.const 24))))))
            (i32.load offset=8 (local.get $rec)) (i32.load offset=12 (local.get $rec))
            (i32.load offset=16 (local.get $rec))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $each))))

  ;; The path's text compared with another's, by bytes: < 0, 0 or > 0.
  (func $compare (param $x i32) (param $y i32) (result i32)
    (local $xa i32) (local $ya i32) (local $xl i32) (local $yl i32) (local $n i32) (local $i i32)
    (local $cx i32) (local $cy i32)
    (local.set $xa (i32.load offset=12 (i32.mul (local.get $x) (i32.const 24))))
    (local.set $xl (i32.load offset=16 (i32.mul (local.get $x) (i32.const 24))))
    (local.set $ya (i32.load offset=12 (i32.mul (local.get $y) (i32.const 24))))
    (local.set $yl (i32.load offset=16 (i32.mul (local.get $y) (i32.const 24))))
    (local.set $n (select (local.get $xl) (local.get $yl) (i32.lt_u (local.get $xl) (local.get $yl))))
    ;; Two members of one container (the usual pair: `tags.a`, `tags.b`) differ after its text.
    (if (i32.and
          (i32.eq (i32.load (i32.mul (local.get $x) (i32.const 24))) (i32.load (i32.mul (local.get $y) (i32.const 24))))
          (i32.ge_s (i32.load (i32.mul (local.get $x) (i32.const 24))) (i32.const 0)))
      (then (local.set $i (i32.load offset=16 (call $entry (i32.load (i32.mul (local.get $x) (i32.const 24))))))))
    (block $end
      (loop $bytes
        (br_if $end (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $cx (i32.load8_u (i32.add (local.get $xa) (local.get $i))))
        (local.set $cy (i32.load8_u (i32.add (local.get $ya) (local.get $i))))
        (if (i32.ne (local.get $cx) (local.get $cy)) (then (return (i32.sub (local.get $cx) (local.get $cy)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $bytes)))
    (i32.sub (local.get $xl) (local.get $yl)))

  ;; The `n` ids at `list` as readablePaths shows them (attribute-paths.ts): trailing elements
  ;; trimmed, each once, none under another, in the order of their text. Rewritten in place; the
  ;; new count. `stamp` marks the set (this call's $serial).
  (func $readable (param $list i32) (param $n i32) (param $stamp i32) (result i32)
    (local $i i32) (local $m i32) (local $t i32) (local $x i32) (local $under i32) (local $j i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $t (i32.load (i32.add (local.get $list) (i32.shl (local.get $i) (i32.const 2)))))
        (block $top
          (loop $trim
            (br_if $top (i32.ne (i32.load offset=4 (i32.mul (local.get $t) (i32.const 24))) (i32.const 2)))
            (br_if $top (i32.lt_s (i32.load (i32.mul (local.get $t) (i32.const 24))) (i32.const 0)))
            (local.set $t (i32.load (i32.mul (local.get $t) (i32.const 24))))
            (br $trim)))
        (if (i32.ne (i32.load (i32.add (local.get $stamp) (i32.shl (local.get $t) (i32.const 2)))) (global.get $serial))
          (then
            (i32.store (i32.add (local.get $stamp) (i32.shl (local.get $t) (i32.const 2))) (global.get $serial))
            (i32.store (i32.add (local.get $list) (i32.shl (local.get $m) (i32.const 2))) (local.get $t))
            (local.set $m (i32.add (local.get $m) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    ;; Under another of the set: left out.
    (local.set $n (i32.const 0))
    (local.set $i (i32.const 0))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $t (i32.load (i32.add (local.get $list) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $under (i32.const 0))
        (local.set $x (i32.load (i32.mul (local.get $t) (i32.const 24))))
        (block $top
          (loop $up
            (br_if $top (i32.lt_s (local.get $x) (i32.const 0)))
            (if (i32.eq (i32.load (i32.add (local.get $stamp) (i32.shl (local.get $x) (i32.const 2)))) (global.get $serial))
              (then (local.set $under (i32.const 1)) (br $top)))
            (local.set $x (i32.load (i32.mul (local.get $x) (i32.const 24))))
            (br $up)))
        (if (i32.eqz (local.get $under))
          (then
            (i32.store (i32.add (local.get $list) (i32.shl (local.get $n) (i32.const 2))) (local.get $t))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    ;; Insertion sort by text (a few dozen paths), by each one's place in $ORDER ($RANK, at 458752).
    (local.set $i (i32.const 1))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $t (i32.load (i32.add (local.get $list) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $j (local.get $i))
        (block $placed
          (loop $shift
            (br_if $placed (i32.eqz (local.get $j)))
            (local.set $x (i32.load (i32.add (local.get $list) (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2)))))
            (br_if $placed (i32.le_u (i32.load offset=458752 (i32.shl (local.get $x) (i32.const 2))) (i32.load offset=458752 (i32.shl (local.get $t) (i32.const 2)))))
            (i32.store (i32.add (local.get $list) (i32.shl (local.get $j) (i32.const 2))) (local.get $x))
            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
            (br $shift)))
        (i32.store (i32.add (local.get $list) (i32.shl (local.get $j) (i32.const 2))) (local.get $t))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (local.get $n))

  ;; One change's roles: `before` [bAt, +bLen), `after` [aAt, +aLen) and `after_unknown`
  ;; [uAt, +uLen) (uLen 0: none), objects, after the interned region, each with the member ends
  ;; the scanner noted (`bEnds`, `bEndsN` of them; 0: none). Records go from `recAt` (`recCap` of
  ;; them), the stack from `sp` to `spEnd`. At `outAt`: the count of changed paths, the count of
  ;; paths known after apply, then the ids of each list. Returns the first count.
  ;; `roles` with its arguments read from the memory at `at` (seventeen i32, in its order: JS writes
  ;; them there, so its call has one argument), the three values' lengths first trimmed of the
  ;; whitespace the scanner's capture may end in.
  (func (export "rolesAt") (param $at i32) (result i32)
    (call $roles
      (i32.load (local.get $at))
      (call $trimmed (i32.load (local.get $at)) (i32.load offset=4 (local.get $at)))
      (i32.load offset=8 (local.get $at))
      (call $trimmed (i32.load offset=8 (local.get $at)) (i32.load offset=12 (local.get $at)))
      (i32.load offset=16 (local.get $at))
      (call $trimmed (i32.load offset=16 (local.get $at)) (i32.load offset=20 (local.get $at)))
      (i32.load offset=24 (local.get $at)) (i32.load offset=28 (local.get $at))
      (i32.load offset=32 (local.get $at)) (i32.load offset=36 (local.get $at))
      (i32.load offset=40 (local.get $at)) (i32.load offset=44 (local.get $at))
      (i32.load offset=48 (local.get $at)) (i32.load offset=52 (local.get $at))
      (i32.load offset=56 (local.get $at)) (i32.load offset=60 (local.get $at))
      (i32.load offset=64 (local.get $at))))

  ;; The length of the `len` bytes at p without the whitespace they end in.
  (func $trimmed (param $p i32) (param $len i32) (result i32)
    (local $c i32)
    (block $done
      (loop $back
        (br_if $done (i32.eqz (local.get $len)))
        (local.set $c (i32.load8_u (i32.add (local.get $p) (i32.sub (local.get $len) (i32.const 1)))))
        (br_if $done
          (i32.eqz
            (i32.or
              (i32.or (i32.eq (local.get $c) (i32.const 0x20)) (i32.eq (local.get $c) (i32.const 0x0a)))
              (i32.or (i32.eq (local.get $c) (i32.const 0x0d)) (i32.eq (local.get $c) (i32.const 0x09))))))
        (local.set $len (i32.sub (local.get $len) (i32.const 1)))
        (br $back)))
    (local.get $len))

  (func $roles
    (param $bAt i32) (param $bLen i32) (param $aAt i32) (param $aLen i32) (param $uAt i32) (param $uLen i32)
    (param $recAt i32) (param $recCap i32) (param $sp i32) (param $spEnd i32) (param $outAt i32)
    (param $bEnds i32) (param $bEndsN i32) (param $aEnds i32) (param $aEndsN i32) (param $uEnds i32)
    (param $uEndsN i32)
    (result i32)
    (local $uCount i32) (local $dAt i32) (local $dCount i32) (local $r i32) (local $rec i32)
    (local $id i32) (local $x i32) (local $n i32) (local $list i32) (local $nN i32) (local $nU i32)
    (local $drop i32)
    (global.set $serial (i32.add (global.get $serial) (i32.const 1)))
    (global.set $endsOn (i32.const 1))
    (global.set $bEnds (local.get $bEnds))
    (global.set $bEndsN (local.get $bEndsN))
    (global.set $bBase (local.get $bAt))
    (global.set $aEnds (local.get $aEnds))
    (global.set $aEndsN (local.get $aEndsN))
    (global.set $aBase (local.get $aAt))
    (global.set $uEnds (local.get $uEnds))
    (global.set $uEndsN (local.get $uEndsN))
    (global.set $uBase (local.get $uAt))
    (global.set $recAt (local.get $recAt))
    (global.set $cap (local.get $recCap))
    (global.set $count (i32.const 0))
    (global.set $sp (local.get $sp))
    (global.set $spEnd (local.get $spEnd))
    (if (local.get $uLen)
      (then
        (if (i32.ne (i32.load8_u (local.get $uAt)) (i32.const 0x7b)) (then (unreachable)))
        (call $unknownMembers (local.get $uAt) (i32.add (local.get $uAt) (local.get $uLen)) (i32.const 0) (i32.const -1))))
    (local.set $uCount (global.get $count))
    (local.set $dAt (i32.add (local.get $recAt) (i32.mul (local.get $uCount) (i32.const 24))))
    (global.set $recAt (local.get $dAt))
    (global.set $cap (i32.sub (local.get $recCap) (local.get $uCount)))
    (global.set $count (i32.const 0))
    (if (i32.or
          (i32.ne (i32.load8_u (local.get $bAt)) (i32.const 0x7b))
          (i32.ne (i32.load8_u (local.get $aAt)) (i32.const 0x7b)))
      (then (unreachable)))
    (if (i32.eqz
          (call $sameRange (local.get $bAt) (i32.add (local.get $bAt) (local.get $bLen)) (local.get $aAt)
            (i32.add (local.get $aAt) (local.get $aLen))))
      (then
        (call $objects (local.get $bAt) (i32.add (local.get $bAt) (local.get $bLen)) (local.get $aAt)
          (i32.add (local.get $aAt) (local.get $aLen)) (i32.const 0) (i32.const -1))))
    (local.set $dCount (global.get $count))
    (call $internAll (local.get $recAt) (local.get $uCount))
    (call $internAll (local.get $dAt) (local.get $dCount))
    ;; Known after apply: the leaves of the walk of `after_unknown`.
    (local.set $r (i32.const 0))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $r) (local.get $uCount)))
        (local.set $rec (i32.add (local.get $recAt) (i32.mul (local.get $r) (i32.const 24))))
        (if (i32.load offset=20 (local.get $rec))
          (then
            (i32.store (i32.add (global.get $STAMP_U) (i32.shl (i32.load offset=4 (local.get $rec)) (i32.const 2)))
              (global.get $serial))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $each)))
    ;; Changed: the comparison's leaves, but those at or under a path known after apply.
    (local.set $list (i32.add (local.get $outAt) (i32.const 8)))
    (local.set $r (i32.const 0))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $r) (local.get $dCount)))
        (local.set $rec (i32.add (local.get $dAt) (i32.mul (local.get $r) (i32.const 24))))
        (if (i32.load offset=20 (local.get $rec))
          (then
            (local.set $id (i32.load offset=4 (local.get $rec)))
            (local.set $drop (i32.const 0))
            (local.set $x (local.get $id))
            (block $top
              (loop $up
                (br_if $top (i32.lt_s (local.get $x) (i32.const 0)))
                (if (i32.eq (i32.load (i32.add (global.get $STAMP_U) (i32.shl (local.get $x) (i32.const 2))))
                      (global.get $serial))
                  (then (local.set $drop (i32.const 1)) (br $top)))
                (local.set $x (i32.load (i32.mul (local.get $x) (i32.const 24))))
                (br $up)))
            (if (i32.eqz (local.get $drop))
              (then
                (i32.store (i32.add (local.get $list) (i32.shl (local.get $n) (i32.const 2))) (local.get $id))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $each)))
    (local.set $nN (call $readable (local.get $list) (local.get $n) (global.get $STAMP_N)))
    ;; Known after apply, shown: after the changed paths.
    (local.set $list (i32.add (local.get $list) (i32.shl (local.get $nN) (i32.const 2))))
    (local.set $n (i32.const 0))
    (local.set $r (i32.const 0))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $r) (local.get $uCount)))
        (local.set $rec (i32.add (local.get $recAt) (i32.mul (local.get $r) (i32.const 24))))
        (if (i32.load offset=20 (local.get $rec))
          (then
            (i32.store (i32.add (local.get $list) (i32.shl (local.get $n) (i32.const 2))) (i32.load offset=4 (local.get $rec)))
            (local.set $n (i32.add (local.get $n) (i32.const 1)))))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $each)))
    (local.set $nU (call $readable (local.get $list) (local.get $n) (global.get $STAMP_K)))
    (i32.store (local.get $outAt) (local.get $nN))
    (i32.store offset=4 (local.get $outAt) (local.get $nU))
    (local.get $nN))
)
