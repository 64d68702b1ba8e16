/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The fake device's behaviour (see fake_device.h).  It answers with the
 * library's own encoder, as a device model would. */
#include "fake_device.h"

static uint64_t get_le(const uint8_t *p, unsigned n)
{
	uint64_t v = 0;
	while (n--)
		v = v << 8 | p[n];
	return v;
}

static void put_le(uint8_t *p, uint64_t v, unsigned n)
{
	for (unsigned i = 0; i < n; i++, v >>= 8)
		p[i] = (uint8_t)v;
}

void fake_device_reset(struct fake_device *d)
{
	cxlmb_memset(d, 0, sizeof(*d));
	put_le(d->regs + FAKE_MEMDEV_STATUS_OFF, CXLMB_MEMDEV_STATUS_MBOX_READY, 8);
	put_le(d->regs + FAKE_MBOX_OFF + CXLMB_MBOX_CAPS, FAKE_PAYLOAD_SHIFT, 4);
}

void fake_device_doorbell(struct fake_device *d)
{
	uint8_t *mbox = d->regs + FAKE_MBOX_OFF;
	uint64_t cmd = get_le(mbox + CXLMB_MBOX_CMD, 8);
	uint16_t rc = CXLMB_RC_UNSUPPORTED;
	size_t out_len = 0;

	d->doorbells++;
	if ((cmd & CXLMB_MBOX_CMD_OPCODE_MASK) == 0x0001) {
		struct cxlmb_identify_rsp id = {
			.vendor_id = 0x1234, .device_id = 0x5678, .serial_number = 0xC0FFEEull,
			.max_msg_size = FAKE_PAYLOAD_SHIFT, .component_type = 3,
		};
		if (cxlmb_identify_rsp_encode(&id, mbox + CXLMB_MBOX_PAYLOAD,
					      1u << FAKE_PAYLOAD_SHIFT, &out_len) == CXLMB_E_OK)
			rc = CXLMB_RC_SUCCESS;
		else
			rc = CXLMB_RC_INTERNAL;
	}
	cmd = (cmd & CXLMB_MBOX_CMD_OPCODE_MASK) | (uint64_t)out_len << CXLMB_MBOX_CMD_LEN_SHIFT;
	put_le(mbox + CXLMB_MBOX_CMD, cmd, 8);
	put_le(mbox + CXLMB_MBOX_STATUS, (uint64_t)rc << CXLMB_MBOX_STATUS_RC_SHIFT, 8);
	put_le(mbox + CXLMB_MBOX_CTRL, 0, 4); /* doorbell clear: the results are there */
}
