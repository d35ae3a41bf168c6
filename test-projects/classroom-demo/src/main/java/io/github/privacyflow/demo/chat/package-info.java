/**
 * In-room chat: messages, moderation and the chat history shown to late joiners.
 */
@Purpose("provide-feature")
package io.github.privacyflow.demo.chat;

import io.github.privacyflow.annotations.Purpose;
