;; Skip mode of the plan scanner in WebAssembly with SIMD (the JS version is JsonScanner.skipFast
;; with skip-string.ts; both must accept and reject exactly the same bytes).
;;
;; Assembled by `npm run build:wasm` (scripts/build-wasm.ts) into skip-wasm.generated.ts, which
;; is what the reader loads; a test fails when that file no longer matches this one.
;;
;; How it works (the idea of simdjson's stage 1, on 64-byte blocks):
;; - four 16-byte loads, compared against '"', '\' and "below 0x20", give three 64-bit masks;
;; - the escaped bytes follow from the backslash mask with carries (simdjson's escape scanner),
;;   the real quotes are the unescaped ones, and a prefix XOR of those gives the bytes inside
;;   strings: so string contents, 80% of a plan, are never looked at one byte at a time;
;; - control characters inside strings and invalid escapes are found from the masks;
;; - every byte outside strings (plus each opening quote) still goes through the DFA of
;;   scanner-tables.ts, in a variant where quotes and scalar starts are plain transitions, so the
;;   grammar of skipped values is checked exactly as the JS path checks it.
;;
;; Contract with the JS side (skip-wasm.ts): `skip` starts outside any string at `p`, in DFA state
;; `st`, `depth` containers deep (types of the open containers in the TYPES stack), and stops at
;; the first thing it does not handle itself: the ',' or closing bracket that ends the skipped
;; value (at depth `base`), an open bracket that would go past `limit`, any byte the DFA rejects,
;; the opening quote of a string that is invalid or does not end before `n` (the JS general path
;; then takes that string and reports any error with its exact offset), or `n`. It returns where
;; it stopped and leaves the DFA state and depth at STATE. Stopping early is always safe: the JS
;; path takes over from there.
;;
;; With a key set (`keys` not 0), `skip` skips the members of an object instead: it starts between
;; members of the object at depth `base` (state S_OBJ_FIRST or S_KEY), skips every member whose key
;; is not in the set, and stops at the opening quote of a key that is (or that has a backslash, or
;; does not end before `n`: the JS path decides those), or at the object's '}'. So the walker never
;; hears of the members it would skip anyway, most of the keys of a resource entry.
;;
;; With `rec` not 0 (a kept value, D_KEEP: an update's `before`/`after`), `skip` also notes where
;; each member or element of the containers at depths `rec` to `rec` + 4 ends (4: MAX_PATH_DEPTH,
;; JsonScanner's KEEP_END_LEVELS): the address of every ',' between them and of the closing
;; bracket, plus the container's depth below `rec` times 2^24 (addresses are below 2^22), in
;; RECORDS_AT (RECORD_COUNT_AT says how many this call wrote). So the attribute comparison
;; (attribute-raw-diff.ts) finds attributes, nested ones down to MAX_PATH_DEPTH, without reading
;; their values. When the records are full it stops at that ',' or bracket (the JS path notes it
;; and goes on).
(module
  (memory (export "memory") 56)

  ;; Memory layout (the JS side reads these).
  (global (export "STATE_AT") i32 (i32.const 0)) ;; i32 DFA state, i32 depth
  (global (export "TABLE_AT") i32 (i32.const 1024)) ;; skip DFA: 26 states x 256 bytes
  (global (export "ESCAPE_AT") i32 (i32.const 7680)) ;; ESCAPE_BYTES: 0 bad, 1 simple, 2 'u'
  (global (export "HEX_AT") i32 (i32.const 7936)) ;; HEX_BYTES: 1 for a hex digit
  ;; The same DFA with a key's opening quote as the action W_KEY, used between the members of an
  ;; object whose keys are filtered.
  (global (export "MEMBER_TABLE_AT") i32 (i32.const 8192))
  ;; Key sets, KEY_SET_BYTES apart: a count byte, then from offset 16 one 64-byte entry per key:
  ;; 32 bytes of pattern (the key's bytes and its closing quote, zero-padded) and 32 of mask.
  (global (export "KEY_SETS_AT") i32 (i32.const 16384))
  (global (export "KEY_SET_BYTES") i32 (i32.const 1024))
  (global (export "KEY_SET_COUNT") i32 (i32.const 32))
  (global (export "TYPES_AT") i32 (i32.const 65536)) ;; 1 object / 2 array, per depth
  (global (export "TYPES_BYTES") i32 (i32.const 131072))
  ;; Three input buffers (two for file reads, one to copy other chunks into), each followed by
  ;; 64 KiB that is never written: the last block of a chunk may load up to 63 bytes past its end.
  (global (export "BUFFERS_AT") i32 (i32.const 262144))
  (global (export "BUFFER_STRIDE") i32 (i32.const 1114112))
  (global (export "BUFFER_BYTES") i32 (i32.const 1048576))
  ;; Member ends noted for `rec` (after the buffers): their count, and room for RECORD_CAP.
  (global (export "RECORD_COUNT_AT") i32 (i32.const 8))
  (global (export "RECORDS_AT") i32 (i32.const 3604480))
  (global (export "RECORD_CAP") i32 (i32.const 16384))

  ;; The DFA states and actions this code relies on (a test checks them against
  ;; scanner-tables.ts and skip-wasm.ts).
  (global (export "S_VALUE") i32 (i32.const 1))
  (global (export "S_OBJ_FIRST") i32 (i32.const 3))
  (global (export "S_ARR_FIRST") i32 (i32.const 2))
  (global (export "S_KEY") i32 (i32.const 4))
  (global (export "S_COLON") i32 (i32.const 5))
  (global (export "S_AFTER") i32 (i32.const 6))
  (global (export "W_OPEN_OBJECT") i32 (i32.const 64))
  (global (export "W_OPEN_ARRAY") i32 (i32.const 65))
  (global (export "W_COMMA") i32 (i32.const 66))
  (global (export "W_CLOSE_OBJECT") i32 (i32.const 67))
  (global (export "W_CLOSE_ARRAY") i32 (i32.const 68))
  (global (export "W_KEY") i32 (i32.const 69))

  ;; Writes the state back and returns the position.
  (func $stop (param $at i32) (param $st i32) (param $depth i32) (result i32)
    (i32.store (i32.const 0) (local.get $st))
    (i32.store (i32.const 4) (local.get $depth))
    (local.get $at))

  ;; Stops at the opening quote of the string that is open now (its contents are left to the JS
  ;; path). The DFA state is put back to one that takes a quote the same way: after the quote it
  ;; was S_COLON for a key (S_KEY before) or S_AFTER for a value (S_VALUE before).
  (func $stopAtQuote (param $at i32) (param $st i32) (param $depth i32) (result i32)
    (call $stop
      (local.get $at)
      (select (i32.const 4) (i32.const 1) (i32.eq (local.get $st) (i32.const 5)))
      (local.get $depth)))

  ;; Is the key whose opening quote is at `at` one the JS path must see? Yes if it is in the key
  ;; set at `keys`, has a backslash before its closing quote (escapes could spell a wanted key), or
  ;; does not end before `n`.
  (func $wantedKey (param $at i32) (param $n i32) (param $keys i32) (result i32)
    (local $j i32) (local $m i32) (local $e i32) (local $count i32) (local $v v128)
    ;; The first quote or backslash after the opening quote.
    (local.set $j (i32.add (local.get $at) (i32.const 1)))
    (block $found
      (loop $scan
        (if (i32.ge_u (local.get $j) (local.get $n)) (then (return (i32.const 1))))
        (local.set $v (v128.load (local.get $j)))
        (local.set $m
          (i8x16.bitmask
            (v128.or
              (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x22)))
              (i8x16.eq (local.get $v) (i8x16.splat (i32.const 0x5c))))))
        (br_if $found (local.get $m))
        (local.set $j (i32.add (local.get $j) (i32.const 16)))
        (br $scan)))
    (local.set $j (i32.add (local.get $j) (i32.ctz (local.get $m))))
    (if (i32.ge_u (local.get $j) (local.get $n)) (then (return (i32.const 1))))
    (if (i32.eq (i32.load8_u (local.get $j)) (i32.const 0x5c)) (then (return (i32.const 1))))
    ;; A plain key, complete before n: compare it (closing quote included) with each pattern.
    (local.set $count (i32.load8_u (local.get $keys)))
    (local.set $e (i32.add (local.get $keys) (i32.const 16)))
    (block $none
      (loop $entries
        (br_if $none (i32.eqz (local.get $count)))
        (if (i32.and
              (i8x16.all_true
                (i8x16.eq
                  (v128.and (v128.load offset=1 (local.get $at)) (v128.load offset=32 (local.get $e)))
                  (v128.load (local.get $e))))
              (i8x16.all_true
                (i8x16.eq
                  (v128.and (v128.load offset=17 (local.get $at)) (v128.load offset=48 (local.get $e)))
                  (v128.load offset=16 (local.get $e)))))
          (then (return (i32.const 1))))
        (local.set $e (i32.add (local.get $e) (i32.const 64)))
        (local.set $count (i32.sub (local.get $count) (i32.const 1)))
        (br $entries)))
    (i32.const 0))

  ;; Notes a member end at `pos` of the container at `depth` (see `rec`), with its level above bit
  ;; 24; 1 when the records are full (nothing noted).
  (func $record (param $pos i32) (param $depth i32) (param $rec i32) (result i32)
    (local $k i32)
    (local.set $k (i32.load (i32.const 8)))
    (if (i32.ge_u (local.get $k) (i32.const 16384)) (then (return (i32.const 1))))
    (i32.store offset=3604480 (i32.shl (local.get $k) (i32.const 2))
      (i32.or (local.get $pos) (i32.shl (i32.sub (local.get $depth) (local.get $rec)) (i32.const 24))))
    (i32.store (i32.const 8) (i32.add (local.get $k) (i32.const 1)))
    (i32.const 0))

  (func (export "skip")
    (param $p i32) (param $n i32) (param $st i32) (param $depth i32) (param $base i32)
    (param $limit i32) (param $keys i32) (param $rec i32) (result i32)
    (local $blk i32) (local $left i32) (local $pos i32) (local $c i32) (local $a i32)
    (local $t i32) (local $k i32) (local $lastQuote i32) (local $table i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local $quote v128) (local $backslash v128) (local $space v128)
    (local $valid i64) (local $q i64) (local $bs i64) (local $ctl i64)
    (local $escaped i64) (local $nextEscaped i64) (local $code i64) (local $pot i64)
    (local $inStr i64) (local $strCarry i64) (local $opening i64) (local $err i64)
    (local $rel i64) (local $e i64) (local $x i64)
    (local.set $quote (i8x16.splat (i32.const 0x22)))
    (local.set $backslash (i8x16.splat (i32.const 0x5c)))
    (local.set $space (i8x16.splat (i32.const 0x20)))
    (local.set $blk (local.get $p))
    (local.set $lastQuote (local.get $p))
    (i32.store (i32.const 8) (i32.const 0))
    ;; Which DFA: the member one only between the members of a filtered object.
    (local.set $table (select (i32.const 8192) (i32.const 1024) (local.get $keys)))
    (block $end
      (loop $blocks
        (br_if $end (i32.ge_u (local.get $blk) (local.get $n)))
        (local.set $v0 (v128.load (local.get $blk)))
        (local.set $v1 (v128.load offset=16 (local.get $blk)))
        (local.set $v2 (v128.load offset=32 (local.get $blk)))
        (local.set $v3 (v128.load offset=48 (local.get $blk)))
        ;; Bytes past n are not input.
        (local.set $left (i32.sub (local.get $n) (local.get $blk)))
        (local.set $valid
          (if (result i64) (i32.ge_u (local.get $left) (i32.const 64))
            (then (i64.const -1))
            (else
              (i64.sub
                (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $left)))
                (i64.const 1)))))
        (local.set $q
          (i64.and (local.get $valid)
            (i64.or
              (i64.extend_i32_u
                (i32.or
                  (i8x16.bitmask (i8x16.eq (local.get $v0) (local.get $quote)))
                  (i32.shl (i8x16.bitmask (i8x16.eq (local.get $v1) (local.get $quote))) (i32.const 16))))
              (i64.shl
                (i64.extend_i32_u
                  (i32.or
                    (i8x16.bitmask (i8x16.eq (local.get $v2) (local.get $quote)))
                    (i32.shl (i8x16.bitmask (i8x16.eq (local.get $v3) (local.get $quote))) (i32.const 16))))
                (i64.const 32)))))
        (local.set $bs
          (i64.and (local.get $valid)
            (i64.or
              (i64.extend_i32_u
                (i32.or
                  (i8x16.bitmask (i8x16.eq (local.get $v0) (local.get $backslash)))
                  (i32.shl (i8x16.bitmask (i8x16.eq (local.get $v1) (local.get $backslash))) (i32.const 16))))
              (i64.shl
                (i64.extend_i32_u
                  (i32.or
                    (i8x16.bitmask (i8x16.eq (local.get $v2) (local.get $backslash)))
                    (i32.shl (i8x16.bitmask (i8x16.eq (local.get $v3) (local.get $backslash))) (i32.const 16))))
                (i64.const 32)))))
        (local.set $ctl
          (i64.and (local.get $valid)
            (i64.or
              (i64.extend_i32_u
                (i32.or
                  (i8x16.bitmask (i8x16.lt_u (local.get $v0) (local.get $space)))
                  (i32.shl (i8x16.bitmask (i8x16.lt_u (local.get $v1) (local.get $space))) (i32.const 16))))
              (i64.shl
                (i64.extend_i32_u
                  (i32.or
                    (i8x16.bitmask (i8x16.lt_u (local.get $v2) (local.get $space)))
                    (i32.shl (i8x16.bitmask (i8x16.lt_u (local.get $v3) (local.get $space))) (i32.const 16))))
                (i64.const 32)))))
        ;; Escaped bytes (simdjson's json_escape_scanner): a backslash escapes the next byte unless
        ;; it is escaped itself; runs of backslashes alternate.
        (if (i64.eqz (local.get $bs))
          (then
            (local.set $escaped (local.get $nextEscaped))
            (local.set $nextEscaped (i64.const 0)))
          (else
            (local.set $pot (i64.and (local.get $bs) (i64.xor (local.get $nextEscaped) (i64.const -1))))
            (local.set $code
              (i64.xor
                (i64.sub
                  (i64.or (i64.shl (local.get $pot) (i64.const 1)) (i64.const 0xAAAAAAAAAAAAAAAA))
                  (local.get $pot))
                (i64.const 0xAAAAAAAAAAAAAAAA)))
            (local.set $escaped
              (i64.and (local.get $valid)
                (i64.xor (local.get $code) (i64.or (local.get $bs) (local.get $nextEscaped)))))
            (local.set $nextEscaped
              (i64.shr_u (i64.and (local.get $code) (local.get $bs)) (i64.const 63)))))
        ;; Real quotes, and the bytes inside strings: from an opening quote (included) to its
        ;; closing quote (not included).
        (local.set $q (i64.and (local.get $q) (i64.xor (local.get $escaped) (i64.const -1))))
        (local.set $x (local.get $q))
        (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 1))))
        (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 2))))
        (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 4))))
        (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 8))))
        (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 16))))
        (local.set $x (i64.xor (local.get $x) (i64.shl (local.get $x) (i64.const 32))))
        (local.set $inStr (i64.xor (local.get $x) (local.get $strCarry)))
        (local.set $strCarry (i64.shr_s (local.get $inStr) (i64.const 63)))
        (local.set $opening (i64.and (local.get $q) (local.get $inStr)))
        ;; Errors inside strings: a raw control character, or an escape that is not one of
        ;; \" \\ \/ \b \f \n \r \t \uXXXX. Escapes are checked one by one (most blocks have none).
        (local.set $err (i64.and (local.get $ctl) (local.get $inStr)))
        (local.set $e (local.get $escaped))
        (block $escapesDone
          (loop $escapes
            (br_if $escapesDone (i64.eqz (local.get $e)))
            (local.set $t (i32.wrap_i64 (i64.ctz (local.get $e))))
            (local.set $pos (i32.add (local.get $blk) (local.get $t)))
            (local.set $k (i32.load8_u offset=7680 (i32.load8_u (local.get $pos))))
            (if (i32.ne (local.get $k) (i32.const 1))
              (then
                (if (i32.eqz (local.get $k))
                  (then
                    (local.set $err
                      (i64.or (local.get $err) (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $t)))))
                    (br $escapesDone)))
                ;; \u: four hex digits (they may lie in the next block; past n they are checked
                ;; against whatever is there, and the string is left to the JS path anyway).
                (if (i32.eqz
                      (i32.and
                        (i32.and
                          (i32.load8_u offset=7936 (i32.load8_u offset=1 (local.get $pos)))
                          (i32.load8_u offset=7936 (i32.load8_u offset=2 (local.get $pos))))
                        (i32.and
                          (i32.load8_u offset=7936 (i32.load8_u offset=3 (local.get $pos)))
                          (i32.load8_u offset=7936 (i32.load8_u offset=4 (local.get $pos))))))
                  (then
                    (local.set $err
                      (i64.or (local.get $err) (i64.shl (i64.const 1) (i64.extend_i32_u (local.get $t)))))
                    (br $escapesDone)))))
            (local.set $e (i64.and (local.get $e) (i64.sub (local.get $e) (i64.const 1))))
            (br $escapes)))
        ;; The bytes the DFA sees: everything outside strings but the closing quotes, and the
        ;; opening quotes. Before an error in a string, only the bytes before it.
        (local.set $rel
          (i64.and (local.get $valid)
            (i64.or
              (i64.xor (i64.or (local.get $inStr) (local.get $q)) (i64.const -1))
              (local.get $opening))))
        (if (i64.ne (local.get $err) (i64.const 0))
          (then
            (local.set $x
              (i64.sub (i64.and (local.get $err) (i64.sub (i64.const 0) (local.get $err))) (i64.const 1)))
            (local.set $rel (i64.and (local.get $rel) (local.get $x)))
            (local.set $opening (i64.and (local.get $opening) (local.get $x)))))
        (block $bitsDone
          (loop $bits
            (br_if $bitsDone (i64.eqz (local.get $rel)))
            (local.set $pos (i32.add (local.get $blk) (i32.wrap_i64 (i64.ctz (local.get $rel)))))
            (local.set $rel (i64.and (local.get $rel) (i64.sub (local.get $rel) (i64.const 1))))
            (local.set $c (i32.load8_u (local.get $pos)))
            (local.set $a
              (i32.load8_u
                (i32.add (local.get $table)
                  (i32.or (i32.shl (local.get $st) (i32.const 8)) (local.get $c)))))
            (if (i32.lt_u (local.get $a) (i32.const 64))
              (then
                (local.set $st (local.get $a))
                (br $bits)))
            (block $error
             (block $key
              (block $closeArray
                (block $closeObject
                  (block $comma
                    (block $openArray
                      (block $openObject
                        (br_table $openObject $openArray $comma $closeObject $closeArray $key $error
                          (i32.sub (local.get $a) (i32.const 64))))
                      ;; '{'
                      (if (i32.ge_u (local.get $depth) (local.get $limit))
                        (then (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))
                      (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
                      (i32.store8 offset=65536 (local.get $depth) (i32.const 1))
                      (local.set $st (i32.const 3))
                      (local.set $table (i32.const 1024))
                      (br $bits))
                    ;; '['
                    (if (i32.ge_u (local.get $depth) (local.get $limit))
                      (then (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))
                    (local.set $depth (i32.add (local.get $depth) (i32.const 1)))
                    (i32.store8 offset=65536 (local.get $depth) (i32.const 2))
                    (local.set $st (i32.const 2))
                    (local.set $table (i32.const 1024))
                    (br $bits))
                  ;; ',': the end of the skipped value, or (members) on to the next key
                  (if (i32.eq (local.get $depth) (local.get $base))
                    (then
                      (if (i32.eqz (local.get $keys))
                        (then (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))
                      (local.set $st (i32.const 4))
                      (br $bits)))
                  (if (i32.and (i32.ne (local.get $rec) (i32.const 0)) (i32.le_u (i32.sub (local.get $depth) (local.get $rec)) (i32.const 4)))
                    (then
                      (if (call $record (local.get $pos) (local.get $depth) (local.get $rec))
                        (then (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))))
                  (local.set $st
                    (select (i32.const 4) (i32.const 1)
                      (i32.eq (i32.load8_u offset=65536 (local.get $depth)) (i32.const 1))))
                  (br $bits))
                ;; '}'
                (if (i32.or
                      (i32.eq (local.get $depth) (local.get $base))
                      (i32.ne (i32.load8_u offset=65536 (local.get $depth)) (i32.const 1)))
                  (then (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))
                (if (i32.and (i32.ne (local.get $rec) (i32.const 0)) (i32.le_u (i32.sub (local.get $depth) (local.get $rec)) (i32.const 4)))
                  (then
                    (if (call $record (local.get $pos) (local.get $depth) (local.get $rec))
                      (then (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))))
                (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
                (local.set $st (i32.const 6))
                (if (i32.and (i32.eq (local.get $depth) (local.get $base)) (i32.ne (local.get $keys) (i32.const 0)))
                  (then (local.set $table (i32.const 8192))))
                (br $bits))
              ;; ']'
              (if (i32.or
                    (i32.eq (local.get $depth) (local.get $base))
                    (i32.ne (i32.load8_u offset=65536 (local.get $depth)) (i32.const 2)))
                (then (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))
              (if (i32.and (i32.ne (local.get $rec) (i32.const 0)) (i32.le_u (i32.sub (local.get $depth) (local.get $rec)) (i32.const 4)))
                (then
                  (if (call $record (local.get $pos) (local.get $depth) (local.get $rec))
                    (then (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))))
              (local.set $depth (i32.sub (local.get $depth) (i32.const 1)))
              (local.set $st (i32.const 6))
              (if (i32.and (i32.eq (local.get $depth) (local.get $base)) (i32.ne (local.get $keys) (i32.const 0)))
                (then (local.set $table (i32.const 8192))))
              (br $bits))
             ;; A key of the filtered object: stop at one the JS path must see, skip the others.
             (if (call $wantedKey (local.get $pos) (local.get $n) (local.get $keys))
               (then (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))
             (local.set $st (i32.const 5))
             (br $bits))
            ;; Anything else: the JS path reports it.
            (return (call $stop (local.get $pos) (local.get $st) (local.get $depth)))))
        (if (i64.ne (local.get $opening) (i64.const 0))
          (then
            (local.set $lastQuote
              (i32.sub
                (i32.add (local.get $blk) (i32.const 63))
                (i32.wrap_i64 (i64.clz (local.get $opening)))))))
        (if (i64.ne (local.get $err) (i64.const 0))
          (then
            (return (call $stopAtQuote (local.get $lastQuote) (local.get $st) (local.get $depth)))))
        (local.set $blk (i32.add (local.get $blk) (i32.const 64)))
        (br $blocks)))
    ;; A string still open at n: the JS path carries it into the next chunk.
    (if (i64.ne (local.get $strCarry) (i64.const 0))
      (then (return (call $stopAtQuote (local.get $lastQuote) (local.get $st) (local.get $depth)))))
    (call $stop (local.get $n) (local.get $st) (local.get $depth)))
)
