;; PDQ's luminance and Jarosz box filter in WebAssembly (SIMD over four independent running sums).
;; Hand-written source of pdq-filter.wasm.ts (`npx tsx src/signals/pdq/wasm/build.ts` compiles it with wabt;
;; pdq-wasm.test.ts checks the committed bytes are this file's; needs the SIMD and bulk-memory
;; features of WebAssembly 2.0, in Node since 16). Called from pdq-core.ts, which owns the
;; memory layout. Every value goes through the same float32 operations, in the same order, as
;; pdq-core.ts's JavaScript path and the C++ reference (f32 add / sub / mul / div are IEEE single
;; precision per lane); pdq-core.test.ts compares both paths value by value.
(module
  (memory (export "memory") 1)

  ;; Luminance of a `rows` × `cols` nearest-neighbour sample of interleaved 8-bit RGB, written
  ;; column-major as float32 at $lumaT: (x, y) → $lumaT + 4 (x · $ldT + y). Sample (x, y) is the pixel at
  ;; byte $rgb + y · $rowBytes + $colTable[x] (the caller has copied the sampled source rows in order). Value: f32(f32(0.299 R) + f32(0.587 G)) + f32(0.114 B),
  ;; except that when every pixel is grey (R = G = B) the grey level is written as is (the reference
  ;; reads such images as one channel). Returns bit 0: some pixel differs from the first; bit 1: some
  ;; pixel has R ≠ G or G ≠ B.
  (func (export "luma") (param $rgb i32) (param $rowBytes i32) (param $colTable i32) (param $rows i32) (param $cols i32)
                        (param $lumaT i32) (param $ldT i32) (result i32)
    (local $y i32) (local $x i32) (local $p i32) (local $o i32) (local $step i32) (local $row i32)
    (local $r i32) (local $g i32) (local $b i32) (local $r0 i32) (local $g0 i32) (local $b0 i32)
    (local $colour i32) (local $varied i32)
    (local.set $step (i32.shl (local.get $ldT) (i32.const 2)))
    (local.set $r0 (i32.load8_u (local.get $rgb)))
    (local.set $g0 (i32.load8_u offset=1 (local.get $rgb)))
    (local.set $b0 (i32.load8_u offset=2 (local.get $rgb)))
    (local.set $row (local.get $rgb))
    (block $ydone
      (loop $yloop
        (br_if $ydone (i32.ge_u (local.get $y) (local.get $rows)))
        (local.set $o (i32.add (local.get $lumaT) (i32.shl (local.get $y) (i32.const 2))))
        (local.set $x (i32.const 0))
        (block $xdone
          (loop $xloop
            (br_if $xdone (i32.ge_u (local.get $x) (local.get $cols)))
            (local.set $p (i32.add (local.get $row) (i32.load (i32.add (local.get $colTable) (i32.shl (local.get $x) (i32.const 2))))))
            (local.set $r (i32.load8_u (local.get $p)))
            (local.set $g (i32.load8_u offset=1 (local.get $p)))
            (local.set $b (i32.load8_u offset=2 (local.get $p)))
            (local.set $colour
              (i32.or (local.get $colour) (i32.or (i32.xor (local.get $r) (local.get $g)) (i32.xor (local.get $g) (local.get $b)))))
            (local.set $varied
              (i32.or (local.get $varied)
                (i32.or (i32.xor (local.get $r) (local.get $r0))
                  (i32.or (i32.xor (local.get $g) (local.get $g0)) (i32.xor (local.get $b) (local.get $b0))))))
            (f32.store (local.get $o)
              (f32.add
                (f32.add
                  (f32.mul (f32.const 0.299) (f32.convert_i32_u (local.get $r)))
                  (f32.mul (f32.const 0.587) (f32.convert_i32_u (local.get $g))))
                (f32.mul (f32.const 0.114) (f32.convert_i32_u (local.get $b)))))
            (local.set $o (i32.add (local.get $o) (local.get $step)))
            (local.set $x (i32.add (local.get $x) (i32.const 1)))
            (br $xloop)))
        (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
        (local.set $y (i32.add (local.get $y) (i32.const 1)))
        (br $yloop)))
    ;; All grey: the grey level itself (one channel, no weighted sum).
    (if (i32.and (i32.ne (local.get $varied) (i32.const 0)) (i32.eqz (local.get $colour)))
      (then
        (local.set $row (local.get $rgb))
        (local.set $y (i32.const 0))
        (block $gydone
          (loop $gyloop
            (br_if $gydone (i32.ge_u (local.get $y) (local.get $rows)))
            (local.set $o (i32.add (local.get $lumaT) (i32.shl (local.get $y) (i32.const 2))))
            (local.set $x (i32.const 0))
            (block $gxdone
              (loop $gxloop
                (br_if $gxdone (i32.ge_u (local.get $x) (local.get $cols)))
                (local.set $p (i32.add (local.get $row) (i32.load (i32.add (local.get $colTable) (i32.shl (local.get $x) (i32.const 2))))))
                (f32.store (local.get $o) (f32.convert_i32_u (i32.load8_u (local.get $p))))
                (local.set $o (i32.add (local.get $o) (local.get $step)))
                (local.set $x (i32.add (local.get $x) (i32.const 1)))
                (br $gxloop)))
            (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
            (local.set $y (i32.add (local.get $y) (i32.const 1)))
            (br $gyloop)))))
    (i32.or
      (i32.ne (local.get $varied) (i32.const 0))
      (i32.shl (i32.ne (local.get $colour) (i32.const 0)) (i32.const 1))))

  ;; One step of the running sums $sums[0..m) with one input row: $mode bit 0 adds row $r, bit 1
  ;; subtracts row $l (add first, then subtract: two roundings, as `sum += a; sum -= b`). When $hasOut,
  ;; sums[j] / $div goes to $q + j · $stride (bytes).
  (func $row (param $sums i32) (param $m i32) (param $r i32) (param $l i32) (param $mode i32)
             (param $hasOut i32) (param $q i32) (param $stride i32) (param $div f32)
    (local $j i32) (local $s v128) (local $vdiv v128) (local $x f32) (local $m4 i32) (local $stride4 i32)
    (local.set $vdiv (f32x4.splat (local.get $div)))
    (local.set $m4 (i32.and (local.get $m) (i32.const -4)))
    (local.set $stride4 (i32.shl (local.get $stride) (i32.const 2)))
    (block $vdone
      (loop $vloop
        (br_if $vdone (i32.ge_u (local.get $j) (local.get $m4)))
        (local.set $s (v128.load (local.get $sums)))
        (if (i32.and (local.get $mode) (i32.const 1))
          (then (local.set $s (f32x4.add (local.get $s) (v128.load (local.get $r))))))
        (if (i32.and (local.get $mode) (i32.const 2))
          (then (local.set $s (f32x4.sub (local.get $s) (v128.load (local.get $l))))))
        (v128.store (local.get $sums) (local.get $s))
        (if (local.get $hasOut)
          (then
            (local.set $s (f32x4.div (local.get $s) (local.get $vdiv)))
            (if (i32.eq (local.get $stride) (i32.const 4))
              (then (v128.store (local.get $q) (local.get $s)))
              (else
                (f32.store (local.get $q) (f32x4.extract_lane 0 (local.get $s)))
                (f32.store (i32.add (local.get $q) (local.get $stride)) (f32x4.extract_lane 1 (local.get $s)))
                (f32.store (i32.add (local.get $q) (i32.shl (local.get $stride) (i32.const 1))) (f32x4.extract_lane 2 (local.get $s)))
                (f32.store (i32.add (local.get $q) (i32.mul (local.get $stride) (i32.const 3))) (f32x4.extract_lane 3 (local.get $s)))))
            (local.set $q (i32.add (local.get $q) (local.get $stride4)))))
        (local.set $sums (i32.add (local.get $sums) (i32.const 16)))
        (local.set $r (i32.add (local.get $r) (i32.const 16)))
        (local.set $l (i32.add (local.get $l) (i32.const 16)))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $vloop)))
    (block $sdone
      (loop $sloop
        (br_if $sdone (i32.ge_u (local.get $j) (local.get $m)))
        (local.set $x (f32.load (local.get $sums)))
        (if (i32.and (local.get $mode) (i32.const 1))
          (then (local.set $x (f32.add (local.get $x) (f32.load (local.get $r))))))
        (if (i32.and (local.get $mode) (i32.const 2))
          (then (local.set $x (f32.sub (local.get $x) (f32.load (local.get $l))))))
        (f32.store (local.get $sums) (local.get $x))
        (if (local.get $hasOut)
          (then
            (f32.store (local.get $q) (f32.div (local.get $x) (local.get $div)))
            (local.set $q (i32.add (local.get $q) (local.get $stride)))))
        (local.set $sums (i32.add (local.get $sums) (i32.const 4)))
        (local.set $r (i32.add (local.get $r) (i32.const 4)))
        (local.set $l (i32.add (local.get $l) (i32.const 4)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $sloop))))

  ;; The reference's 1-D box filter (running float32 sum, windows shrinking at both ends) along the
  ;; outer index of an $n × $m matrix at $in (row i at $in + 4 i $inStride), for all $m columns at
  ;; once, as pdq-core.ts's boxAlongOuter: output (i, j) goes to $out + 4 ($rowOffset[i] + j $colStride);
  ;; rows whose offset is negative are not written (their sums are still carried). $sums holds $m floats.
  (func (export "box") (param $in i32) (param $n i32) (param $m i32) (param $inStride i32) (param $window i32)
                       (param $sums i32) (param $out i32) (param $rowOffset i32) (param $colStride i32)
    (local $half i32) (local $p i32) (local $end i32) (local $ri i32) (local $li i32) (local $oi i32)
    (local $size i32) (local $o i32) (local $rowBytes i32) (local $stride i32)
    (local.set $half (i32.div_s (i32.add (local.get $window) (i32.const 2)) (i32.const 2)))
    (local.set $rowBytes (i32.shl (local.get $inStride) (i32.const 2)))
    (local.set $stride (i32.shl (local.get $colStride) (i32.const 2)))
    (memory.fill (local.get $sums) (i32.const 0) (i32.shl (local.get $m) (i32.const 2)))
    ;; phase 1: fill the first half window, no output
    (local.set $end (i32.sub (local.get $half) (i32.const 1)))
    (local.set $p (i32.const 0))
    (block $d1 (loop $l1
      (br_if $d1 (i32.ge_s (local.get $p) (local.get $end)))
      (call $row (local.get $sums) (local.get $m)
        (i32.add (local.get $in) (i32.mul (local.get $ri) (local.get $rowBytes))) (i32.const 0) (i32.const 1)
        (i32.const 0) (i32.const 0) (i32.const 0) (f32.const 1))
      (local.set $ri (i32.add (local.get $ri) (i32.const 1)))
      (local.set $size (i32.add (local.get $size) (i32.const 1)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $l1)))
    ;; phase 2: growing windows
    (local.set $end (i32.add (i32.sub (local.get $window) (local.get $half)) (i32.const 1)))
    (local.set $p (i32.const 0))
    (block $d2 (loop $l2
      (br_if $d2 (i32.ge_s (local.get $p) (local.get $end)))
      (local.set $size (i32.add (local.get $size) (i32.const 1)))
      (local.set $o (i32.load (i32.add (local.get $rowOffset) (i32.shl (local.get $oi) (i32.const 2)))))
      (call $row (local.get $sums) (local.get $m)
        (i32.add (local.get $in) (i32.mul (local.get $ri) (local.get $rowBytes))) (i32.const 0) (i32.const 1)
        (i32.ge_s (local.get $o) (i32.const 0))
        (i32.add (local.get $out) (i32.shl (local.get $o) (i32.const 2))) (local.get $stride)
        (f32.convert_i32_s (local.get $size)))
      (local.set $ri (i32.add (local.get $ri) (i32.const 1)))
      (local.set $oi (i32.add (local.get $oi) (i32.const 1)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $l2)))
    ;; phase 3: full windows
    (local.set $end (i32.sub (local.get $n) (local.get $window)))
    (local.set $p (i32.const 0))
    (block $d3 (loop $l3
      (br_if $d3 (i32.ge_s (local.get $p) (local.get $end)))
      (local.set $o (i32.load (i32.add (local.get $rowOffset) (i32.shl (local.get $oi) (i32.const 2)))))
      (call $row (local.get $sums) (local.get $m)
        (i32.add (local.get $in) (i32.mul (local.get $ri) (local.get $rowBytes)))
        (i32.add (local.get $in) (i32.mul (local.get $li) (local.get $rowBytes))) (i32.const 3)
        (i32.ge_s (local.get $o) (i32.const 0))
        (i32.add (local.get $out) (i32.shl (local.get $o) (i32.const 2))) (local.get $stride)
        (f32.convert_i32_s (local.get $window)))
      (local.set $ri (i32.add (local.get $ri) (i32.const 1)))
      (local.set $li (i32.add (local.get $li) (i32.const 1)))
      (local.set $oi (i32.add (local.get $oi) (i32.const 1)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $l3)))
    ;; phase 4: shrinking windows
    (local.set $end (i32.sub (local.get $half) (i32.const 1)))
    (local.set $p (i32.const 0))
    (block $d4 (loop $l4
      (br_if $d4 (i32.ge_s (local.get $p) (local.get $end)))
      (local.set $size (i32.sub (local.get $size) (i32.const 1)))
      (local.set $o (i32.load (i32.add (local.get $rowOffset) (i32.shl (local.get $oi) (i32.const 2)))))
      (call $row (local.get $sums) (local.get $m)
        (i32.const 0) (i32.add (local.get $in) (i32.mul (local.get $li) (local.get $rowBytes))) (i32.const 2)
        (i32.ge_s (local.get $o) (i32.const 0))
        (i32.add (local.get $out) (i32.shl (local.get $o) (i32.const 2))) (local.get $stride)
        (f32.convert_i32_s (local.get $size)))
      (local.set $li (i32.add (local.get $li) (i32.const 1)))
      (local.set $oi (i32.add (local.get $oi) (i32.const 1)))
      (local.set $p (i32.add (local.get $p) (i32.const 1)))
      (br $l4))))
)
