/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Target discovery: the whole chain a driver runs on a new function —
 * configuration space -> Register Locator (checked against the BAR sizes)
 * -> Device Capabilities Array read through a backend that can fail or
 * change between reads -> mailbox configuration -> transport init and one
 * command over the same register image.
 *
 * Input: a 7-byte header, the configuration-space image (up to the whole
 * 4 KiB), then the register block image.
 *   h[0] bit0 registers change when read again, bit1 a backend call fails,
 *        bit2 the transport has a delay hook (else busy-polls a clock)
 *   h[1] which RBI (00h-05h, FFh, 06h reserved) and which instance
 *   h[2] the backend call that fails; h[3] BARs absent (bits 0-5);
 *   h[4] BAR size (4 KiB << low nibble); h[5..6] configuration-space length
 * Each image gets its own exact heap buffer, so a read past it is an ASan
 * report, not a read of the next image. */
#include <string.h>

#include "fuzz_target.h"

#define BUDGET_NS 1000000ull
#define POLL_NS 100000ull

struct block {
	const uint8_t *p;
	uint32_t len;       /* bytes of the image */
	uint32_t told;      /* bytes the caller said the block has */
	bool change, fail;
	unsigned calls, fail_at;
	int fail_code;
	bool failed;
	uint8_t *seen;      /* dwords read once already (change mode) */
	uint8_t flip;
	uint64_t now;
};

static bool fail_now(struct block *b)
{
	if (b->fail && ++b->calls == b->fail_at) {
		b->failed = true;
		return true;
	}
	return false;
}

static uint32_t word(struct block *b, uint32_t off)
{
	uint32_t v = 0;
	for (unsigned i = 0; i < 4 && off + i < b->len; i++)
		v |= (uint32_t)b->p[off + i] << (8 * i);
	if (b->change) {
		uint32_t k = off / 4;
		if (b->seen[k / 8] & (1u << (k % 8)))
			v ^= (uint32_t)b->flip * 0x01010101u; /* a second read sees another value */
		b->seen[k / 8] |= (uint8_t)(1u << (k % 8));
	}
	return v;
}

static int b_r32(void *c, uint32_t off, uint32_t *v)
{
	struct block *b = c;
	/* never past what the caller said the block is */
	FUZZ_CHECK(off % 4 == 0 && b->told >= 4 && off <= b->told - 4);
	if (fail_now(b))
		return b->fail_code;
	*v = word(b, off);
	return 0;
}

static int b_r64(void *c, uint32_t off, uint64_t *v)
{
	struct block *b = c;
	FUZZ_CHECK(off % 8 == 0 && b->told >= 8 && off <= b->told - 8);
	if (fail_now(b))
		return b->fail_code;
	*v = word(b, off) | (uint64_t)word(b, off + 4) << 32;
	return 0;
}

static int b_w32(void *c, uint32_t off, uint32_t v)
{
	struct block *b = c;
	(void)v;
	FUZZ_CHECK(b->told >= 4 && off <= b->told - 4);
	return fail_now(b) ? b->fail_code : 0;
}

static int b_w64(void *c, uint32_t off, uint64_t v)
{
	struct block *b = c;
	(void)v;
	FUZZ_CHECK(b->told >= 8 && off <= b->told - 8);
	return fail_now(b) ? b->fail_code : 0;
}

static uint64_t b_now(void *c)
{
	struct block *b = c;
	return b->now += 10000; /* a busy poll's read takes 10 us */
}

static void b_delay(void *c, uint64_t ns)
{
	((struct block *)c)->now += ns;
}

static int expected_fail(const struct block *b)
{
	return b->fail_code > 0 && b->fail_code < CXLMB_E_COUNT_ ? b->fail_code : CXLMB_E_BACKEND;
}

static const uint8_t rbis[] = { 0, 1, 2, 3, 4, 5, 0xFF, 6 };

/* A parse result's own promises: inside the block, large enough, disjoint. */
static void check_devregs(const struct cxlmb_devregs *r, uint32_t told)
{
	const struct cxlmb_devcap *caps[] = { &r->dev_status, &r->primary_mbox,
					      &r->secondary_mbox, &r->memdev_status };
	for (unsigned i = 0; i < 4; i++) {
		if (!caps[i]->present)
			continue;
		FUZZ_CHECK((uint64_t)caps[i]->offset + caps[i]->length <= told);
		FUZZ_CHECK(caps[i]->offset % 8 == 0);
		FUZZ_CHECK(caps[i]->offset >= 0x10u * ((uint32_t)r->count + 1) || !caps[i]->length);
		for (unsigned j = 0; j < i; j++)
			FUZZ_CHECK(!caps[j]->present || !caps[i]->length || !caps[j]->length ||
				   caps[i]->offset >= caps[j]->offset + caps[j]->length ||
				   caps[j]->offset >= caps[i]->offset + caps[i]->length);
	}
	FUZZ_CHECK(!r->primary_mbox.present || r->primary_mbox.length >= CXLMB_MBOX_PAYLOAD + 256);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cxlmb_regblock rb;
	struct cxlmb_devregs r, rbytes;
	uint64_t bars[CXLMB_PCI_BARS];
	int rc;

	if (size < 7)
		return 0;
	const uint8_t *h = data;
	size_t rest = size - 7;
	size_t cfg_len = ((size_t)h[5] | (size_t)h[6] << 8) % (CXLMB_PCI_CFG_SPACE_MAX + 1);
	if (cfg_len > rest)
		cfg_len = rest;
	size_t blk_len = rest - cfg_len;
	if (blk_len > 0x10000)
		blk_len = 0x10000;
	uint8_t *cfg = malloc(cfg_len ? cfg_len : 1);
	uint8_t *blk = malloc(blk_len ? blk_len : 1);
	uint8_t *seen = calloc(0x10000 / 32 + 1, 1);
	FUZZ_CHECK(cfg && blk && seen);
	memcpy(cfg, data + 7, cfg_len);
	memcpy(blk, data + 7 + cfg_len, blk_len);

	/* 1. the Register Locator, against the BARs */
	for (unsigned b = 0; b < CXLMB_PCI_BARS; b++)
		bars[b] = (h[3] >> b) & 1 ? 0 : 0x1000ull << (h[4] & 15);
	uint8_t rbi = rbis[h[1] % CXLMB_ARRAY_SIZE(rbis)];
	rc = cxlmb_regloc_find(cfg, cfg_len, bars, rbi, (h[1] >> 3) & 3, &rb);
	fuzz_note_outcome(64u + h[1] % 8, rc);
	if (rc == CXLMB_E_OK) {
		FUZZ_CHECK(rb.rbi == rbi && rbi != 6);
	}
	if (rc == CXLMB_E_OK && rbi != CXLMB_RBI_EMPTY) { /* an empty entry names no BAR */
		FUZZ_CHECK(rb.bir < CXLMB_PCI_BARS && rb.offset < bars[rb.bir]);
		FUZZ_CHECK(rb.avail == bars[rb.bir] - rb.offset && rb.offset % 0x10000 == 0);
	}
	uint32_t count;
	if (cxlmb_regloc_count(cfg, cfg_len, &count) == CXLMB_E_OK)
		for (uint32_t i = 0; i < count && i < 64; i++)
			(void)cxlmb_regloc_entry(cfg, cfg_len, bars, i, &rb);

	/* 2. the capability array: the block is as long as the BAR leaves
	 * room for (all of the image when the locator did not say) */
	uint32_t told = (uint32_t)blk_len;
	if (rc == CXLMB_E_OK && rb.avail < told)
		told = (uint32_t)rb.avail;
	struct block bk = { .p = blk, .len = (uint32_t)blk_len, .told = told,
			    .change = h[0] & 1, .fail = (h[0] & 2) != 0, .fail_at = h[2],
			    .fail_code = (int)(h[2] % (CXLMB_E_COUNT_ + 2)) - 1, .seen = seen,
			    .flip = (uint8_t)(h[2] | 1) };
	if (bk.fail_code == 0)
		bk.fail_code = -5;
	struct cxlmb_backend_ops ops = { b_r32, b_r64, b_w32, b_w64, NULL, NULL, b_now,
					 h[0] & 4 ? b_delay : NULL };
	rc = cxlmb_devregs_parse(&ops, &bk, told, &r);
	unsigned found = 0;
	if (bk.failed) {
		FUZZ_CHECK(rc == expected_fail(&bk));
	} else if (rc == CXLMB_E_OK) {
		check_devregs(&r, told);
		found = (r.primary_mbox.present ? 1u : 0u) | (r.memdev_status.present ? 2u : 0u) |
			(r.dev_status.present ? 4u : 0u) | (r.secondary_mbox.present ? 8u : 0u);
	}
	/* the same block as bytes gives the same answer when nothing moved */
	int rc2 = cxlmb_devregs_parse_bytes(blk, told, &rbytes);
	if (!bk.change && !bk.failed) {
		FUZZ_CHECK(rc2 == rc);
		FUZZ_CHECK(rc || !memcmp(&r, &rbytes, sizeof(r)));
	}
	fuzz_note_outcome(found, rc);
	if (rc || bk.failed)
		goto out;

	/* 3. discovery -> configuration -> transport, the caller's budgets kept */
	struct cxlmb_mbox_config mc;
	cxlmb_mbox_config_default(&mc);
	mc.cmd_timeout_ns = BUDGET_NS;
	mc.ready_timeout_ns = BUDGET_NS;
	mc.poll_ns = POLL_NS;
	rc = cxlmb_devregs_mbox_config(&r, &mc);
	FUZZ_CHECK(rc == (r.primary_mbox.present ? CXLMB_E_OK : CXLMB_E_NOT_FOUND));
	if (rc)
		goto out;
	FUZZ_CHECK(mc.cmd_timeout_ns == BUDGET_NS && mc.ready_timeout_ns == BUDGET_NS &&
		   mc.poll_ns == POLL_NS);
	FUZZ_CHECK(mc.mbox_off == r.primary_mbox.offset && mc.mbox_len == r.primary_mbox.length);
	struct cxlmb_mbox mb;
	uint64_t t0 = bk.now;
	rc = cxlmb_mbox_init(&mb, &ops, &bk, &mc);
	if (bk.failed)
		FUZZ_CHECK(rc == expected_fail(&bk));
	FUZZ_CHECK(bk.now - t0 <= BUDGET_NS + POLL_NS + 100000);
	if (rc)
		goto out;
	FUZZ_CHECK(mb.payload_size >= 256 && mb.payload_size <= mc.mbox_len - CXLMB_MBOX_PAYLOAD);
	uint8_t out[64];
	struct cxlmb_mbox_result res;
	t0 = bk.now;
	rc = cxlmb_mbox_send(&mb, 0x0001, NULL, 0, out, sizeof(out), &res);
	if (bk.failed)
		FUZZ_CHECK(rc == expected_fail(&bk));
	FUZZ_CHECK(bk.now - t0 <= BUDGET_NS + POLL_NS + 100000);
	FUZZ_CHECK(res.copied <= sizeof(out));
out:
	free(seen);
	free(blk);
	free(cfg);
	return 0;
}
