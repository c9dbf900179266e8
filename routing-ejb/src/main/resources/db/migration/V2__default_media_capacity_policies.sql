-- The default capacity policies of design.md section 3.
INSERT INTO media_type (code, share, required_spare, precedence, version) VALUES ('VOICE', 100, 50, 1, 1);
INSERT INTO media_type (code, share, required_spare, precedence, version) VALUES ('CHAT', 25, 25, 2, 1);
INSERT INTO media_type (code, share, required_spare, precedence, version) VALUES ('WHATSAPP', 25, 25, 3, 1);
INSERT INTO media_type (code, share, required_spare, precedence, version) VALUES ('MESSENGER', 25, 25, 4, 1);
INSERT INTO media_type (code, share, required_spare, precedence, version) VALUES ('SMS', 25, 25, 5, 1);
INSERT INTO media_type (code, share, required_spare, precedence, version) VALUES ('EMAIL', 25, 100, 6, 1);

INSERT INTO media_type_override (media_type, overridden_type) VALUES ('VOICE', 'CHAT');
INSERT INTO media_type_override (media_type, overridden_type) VALUES ('VOICE', 'EMAIL');
