/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Bare-metal style: a firmware's own register backend over a device in
 * RAM, the mailbox and the command layer on top, no heap, no libc in the
 * library or the backend.  On a board, backend_read32 & co. would be
 * volatile MMIO accesses with the barriers the bus needs (the backend owns
 * ordering: the core calls the hooks in protocol order and assumes each
 * access has taken effect when the hook returns). */
#include <stdio.h> /* only to report; a firmware would use its console */

#include <cxlmb/cxlmb.h>

#include "fake_device.h"

/* ---- the register backend (what a firmware writes) ---- */

static int backend_read32(void *ctx, uint32_t off, uint32_t *val)
{
	struct fake_device *d = ctx;
	if (off > FAKE_REGS_LEN - 4 || off % 4)
		return CXLMB_E_BACKEND; /* outside the window: refuse, never wander */
	const uint8_t *p = d->regs + off;
	*val = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
	return 0;
}

static int backend_read64(void *ctx, uint32_t off, uint64_t *val)
{
	uint32_t lo, hi;
	/* a 32-bit bus: two reads, low first (a 64-bit bus would do one) */
	if (off % 8 || backend_read32(ctx, off, &lo) || backend_read32(ctx, off + 4, &hi))
		return CXLMB_E_BACKEND;
	*val = (uint64_t)hi << 32 | lo;
	return 0;
}

static int backend_write32(void *ctx, uint32_t off, uint32_t val)
{
	struct fake_device *d = ctx;
	if (off > FAKE_REGS_LEN - 4 || off % 4)
		return CXLMB_E_BACKEND;
	for (unsigned i = 0; i < 4; i++)
		d->regs[off + i] = (uint8_t)(val >> (8 * i));
	/* on hardware a write barrier sits before the doorbell write so the
	 * payload and command land first; here the device runs on the write */
	if (off == FAKE_MBOX_OFF + CXLMB_MBOX_CTRL && (val & CXLMB_MBOX_CTRL_DOORBELL))
		fake_device_doorbell(d);
	return 0;
}

static int backend_write64(void *ctx, uint32_t off, uint64_t val)
{
	if (off % 8 || backend_write32(ctx, off, (uint32_t)val) ||
	    backend_write32(ctx, off + 4, (uint32_t)(val >> 32)))
		return CXLMB_E_BACKEND;
	return 0;
}

static uint64_t backend_now_ns(void *ctx)
{
	return ((struct fake_device *)ctx)->ticks_ns;
}

/* Where an RTOS would yield (vTaskDelay, k_sleep): the wait for the
 * doorbell blocks here, never in a spin inside the core. */
static void backend_delay_ns(void *ctx, uint64_t ns)
{
	((struct fake_device *)ctx)->ticks_ns += ns;
}

static const struct cxlmb_backend_ops backend = {
	.read32 = backend_read32,
	.read64 = backend_read64,
	.write32 = backend_write32,
	.write64 = backend_write64,
	/* read_bytes/write_bytes NULL: the payload moves in 64-bit accesses (two
	 * bus reads each here) */
	.now_ns = backend_now_ns,
	.delay_ns = backend_delay_ns,
};

/* ---- the firmware's use of it ---- */

int main(void)
{
	static struct fake_device dev; /* the MMIO window */
	struct cxlmb_mbox mb;
	struct cxlmb_mbox_config cfg;
	struct cxlmb_endpoint ep;
	uint8_t rsp_buf[256];
	union { /* cxlmb_call's rsp_val: CXLMB_CMD_STRUCT_MAX bytes, 8-aligned */
		uint64_t align;
		uint8_t bytes[CXLMB_CMD_STRUCT_MAX];
		struct cxlmb_identify_rsp id;
	} val;
	int rc;

	if (cxlmb_abi_check() != CXLMB_E_OK)
		return 2; /* built against another configuration of the library */
	fake_device_reset(&dev);
	cxlmb_mbox_config_default(&cfg);
	cfg.mbox_off = FAKE_MBOX_OFF;
	cfg.mbox_len = CXLMB_MBOX_PAYLOAD + (1u << FAKE_PAYLOAD_SHIFT);
	cfg.memdev_status_off = FAKE_MEMDEV_STATUS_OFF;
	cfg.has_memdev_status = true;
	if ((rc = cxlmb_mbox_init(&mb, &backend, &dev, &cfg)) != 0 ||
	    (rc = cxlmb_ep_mbox_init(&ep, &mb)) != 0) {
		printf("baremetal: init: %s\n", cxlmb_strerror(rc));
		return 1;
	}

	/* A typed call: encode (no payload), send, decode strictly. */
	struct cxlmb_call call = { .opcode = 0x0001, .flags = CXLMB_STRICT, .rsp_val = &val,
				   .rsp = { .buf = rsp_buf, .cap = sizeof(rsp_buf) } };
	rc = cxlmb_call(&ep, &call);
	if (rc) {
		printf("baremetal: identify: %s at stage %s\n", cxlmb_strerror(rc),
		       cxlmb_call_stage_name(call.stage));
		return 1;
	}
	printf("baremetal: identify: vendor %04x device %04x serial %llx payload 2^%u\n",
	       val.id.vendor_id, val.id.device_id, (unsigned long long)val.id.serial_number,
	       val.id.max_msg_size);

	/* A device error is an answer, not a transport failure. */
	struct cxlmb_call gsl = { .opcode = 0x0400, .rsp_val = &val,
				  .rsp = { .buf = rsp_buf, .cap = sizeof(rsp_buf) } };
	rc = cxlmb_call(&ep, &gsl);
	printf("baremetal: get supported logs: %s, stage %s, device rc %s\n", cxlmb_strerror(rc),
	       cxlmb_call_stage_name(gsl.stage), cxlmb_mbox_rc_name(gsl.rsp.rc));
	if (rc != CXLMB_E_DEVICE_RC || gsl.rsp.rc != CXLMB_RC_UNSUPPORTED)
		return 1;
	return val.id.vendor_id == 0x1234 && dev.doorbells == 2 ? 0 : 1;
}
