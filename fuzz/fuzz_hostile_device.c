/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target hostile_device: the mailbox transport against a register file whose
 * every read returns fresh fuzz bytes (double fetches included), checking
 * the transport's promises: it returns within its time budget on the
 * virtual clock, never writes outside the caller's buffer and never asks
 * for a register outside the block. */
#include <string.h>

#include "fuzz_target.h"

#define BLOCK_LEN 0x1000u
#define MBOX_OFF 0x100u

struct hostile {
	const uint8_t *d;
	size_t n, pos;
	uint64_t now;
};

/* The next 'bytes' input bytes, little-endian; zeros once it runs out. */
static uint64_t take(struct hostile *h, unsigned bytes)
{
	size_t avail = h->n - h->pos;
	unsigned k = bytes < avail ? bytes : (unsigned)avail;
	uint64_t v = 0;
	for (unsigned i = 0; i < k; i++)
		v |= (uint64_t)h->d[h->pos + i] << (8 * i);
	h->pos += k;
	return v;
}

static void in_block(uint32_t off, size_t len)
{
	FUZZ_CHECK(len <= BLOCK_LEN && off <= BLOCK_LEN - len);
}

static int h_r32(void *c, uint32_t off, uint32_t *v)
{
	in_block(off, 4);
	*v = (uint32_t)take(c, 4);
	return 0;
}
static int h_r64(void *c, uint32_t off, uint64_t *v)
{
	in_block(off, 8);
	*v = take(c, 8);
	return 0;
}
static int h_w32(void *c, uint32_t off, uint32_t v)
{
	(void)c;
	(void)v;
	in_block(off, 4);
	return 0;
}
static int h_w64(void *c, uint32_t off, uint64_t v)
{
	(void)c;
	(void)v;
	in_block(off, 8);
	return 0;
}
static int h_rb(void *c, uint32_t off, uint8_t *dst, size_t len)
{
	/* payload reads stay inside the payload area */
	FUZZ_CHECK(off >= MBOX_OFF + CXLMB_MBOX_PAYLOAD);
	struct hostile *h = c;
	size_t k = len < h->n - h->pos ? len : h->n - h->pos;
	in_block(off, len);
	if (k)
		memcpy(dst, h->d + h->pos, k);
	memset(dst + k, 0, len - k);
	h->pos += k;
	return 0;
}
static int h_wb(void *c, uint32_t off, const uint8_t *src, size_t len)
{
	(void)c;
	(void)src;
	FUZZ_CHECK(off >= MBOX_OFF + CXLMB_MBOX_PAYLOAD);
	in_block(off, len);
	return 0;
}
static uint64_t h_now(void *c)
{
	return ((struct hostile *)c)->now;
}
static void h_delay(void *c, uint64_t ns)
{
	((struct hostile *)c)->now += ns;
}

static const struct cxlmb_backend_ops hostile_ops = {
	h_r32, h_r64, h_w32, h_w64, h_rb, h_wb, h_now, h_delay,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hostile h = { data, size, 0, 0 };
	struct cxlmb_mbox_config cfg;
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_result res;
	struct cxlmb_bg_status st;
	uint8_t out[64 + 16], in[16] = { 0 };
	size_t cap = 1 + (size ? data[0] % 64 : 0);

	cxlmb_mbox_config_default(&cfg);
	cfg.mbox_off = MBOX_OFF;
	cfg.mbox_len = BLOCK_LEN - MBOX_OFF;
	cfg.memdev_status_off = 0x80;
	cfg.has_memdev_status = size > 1 && (data[1] & 1);
	/* 1 ms budgets polled every 100 us: the deadline logic is the same
	 * at any poll rate, and ten polls per wait keep executions short */
	cfg.cmd_timeout_ns = 1000000;
	cfg.ready_timeout_ns = 1000000;
	cfg.poll_ns = 100000;
	if (cxlmb_mbox_init(&mb, &hostile_ops, &h, &cfg))
		return 0;
	FUZZ_CHECK(mb.payload_size >= 256 && mb.payload_size <= BLOCK_LEN - MBOX_OFF - CXLMB_MBOX_PAYLOAD);
	for (size_t cmd = 0; cmd < 4 && h.pos < h.n; cmd++) {
		uint64_t t0 = h.now;
		memset(out, 0xA5, sizeof(out));
		int rc = cxlmb_mbox_send(&mb, 0x4000, in, cmd, out, cap, &res);
		FUZZ_CHECK(h.now - t0 <= cfg.cmd_timeout_ns + 2 * cfg.poll_ns);
		for (size_t i = cap; i < sizeof(out); i++)
			FUZZ_CHECK(out[i] == 0xA5); /* never past the caller's buffer */
		FUZZ_CHECK(res.copied <= cap && res.copied <= res.out_len);
		FUZZ_CHECK(rc != CXLMB_E_OK || res.out_len <= mb.payload_size);
	}
	uint64_t t0 = h.now;
	(void)cxlmb_mbox_bg_wait(&mb, 1000000, &st);
	FUZZ_CHECK(h.now - t0 <= 1000000 + 2 * cfg.poll_ns);
	return 0;
}
