/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The mmap register backend: volatile 32- and 64-bit accesses only.
 *
 * CXL r3.2 §8.2.8 lets software access the device registers as aligned
 * 32- or 64-bit quantities; narrower accesses are undefined, so the payload
 * area goes by 32-bit words too (read_bytes/write_bytes stay NULL and the
 * transport splits a payload into words).  Registers are little-endian. */
#define _POSIX_C_SOURCE 200809L
#include <time.h>

#include "hostdev.h"

static uint32_t le32(uint32_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return __builtin_bswap32(v);
#else
	return v;
#endif
}

static uint64_t le64(uint64_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return __builtin_bswap64(v);
#else
	return v;
#endif
}

static bool in_block(const struct cxlmb_mmio *m, uint32_t off, uint32_t n)
{
	return m->blk && off % n == 0 && n <= m->len && off <= m->len - n;
}

static int mmio_read32(void *ctx, uint32_t off, uint32_t *v)
{
	struct cxlmb_mmio *m = ctx;
	if (!in_block(m, off, 4))
		return CXLMB_E_BACKEND;
	*v = le32(*(volatile const uint32_t *)(const volatile void *)(m->blk + off));
	return 0;
}

static int mmio_read64(void *ctx, uint32_t off, uint64_t *v)
{
	struct cxlmb_mmio *m = ctx;
	if (!in_block(m, off, 8))
		return CXLMB_E_BACKEND;
	*v = le64(*(volatile const uint64_t *)(const volatile void *)(m->blk + off));
	return 0;
}

static int mmio_write32(void *ctx, uint32_t off, uint32_t v)
{
	struct cxlmb_mmio *m = ctx;
	if (!in_block(m, off, 4))
		return CXLMB_E_BACKEND;
	/* earlier payload and command writes land before the doorbell */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	*(volatile uint32_t *)(volatile void *)(m->blk + off) = le32(v);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return 0;
}

static int mmio_write64(void *ctx, uint32_t off, uint64_t v)
{
	struct cxlmb_mmio *m = ctx;
	if (!in_block(m, off, 8))
		return CXLMB_E_BACKEND;
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	*(volatile uint64_t *)(volatile void *)(m->blk + off) = le64(v);
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	return 0;
}

static uint64_t mmio_now(void *ctx)
{
	struct timespec ts;
	(void)ctx;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void mmio_delay(void *ctx, uint64_t ns)
{
	struct timespec ts = { .tv_sec = (time_t)(ns / 1000000000ull),
			       .tv_nsec = (long)(ns % 1000000000ull) };
	(void)ctx;
	while (nanosleep(&ts, &ts) != 0)
		;
}

const struct cxlmb_backend_ops cxlmb_mmio_ops = {
	.read32 = mmio_read32,
	.read64 = mmio_read64,
	.write32 = mmio_write32,
	.write64 = mmio_write64,
	.read_bytes = NULL,
	.write_bytes = NULL,
	.now_ns = mmio_now,
	.delay_ns = mmio_delay,
};
