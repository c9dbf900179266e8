package com.omniroute.schedule.control;

/**
 * A schedule text that cannot be accepted. The message is a sentence for the administrator who
 * typed the schedule: {@code Group 2, position 14: unknown day "tus"; days are mon tue wed thu fri
 * sat sun}. The group and position are also available separately so that a form can highlight the
 * spot.
 */
public final class ScheduleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int group;
  private final int position;
  private final String reason;

  /**
   * @param group the 1-based number of the {@code &}-separated group, 0 if none applies
   * @param position the 0-based character offset into the text as given (not stripped)
   * @param reason what is wrong, without the location
   */
  public ScheduleException(int group, int position, String reason) {
    super(location(group, position) + reason);
    this.group = group;
    this.position = position;
    this.reason = reason;
  }

  private static String location(int group, int position) {
    return group > 0
        ? "Group " + group + ", position " + position + ": "
        : "Position " + position + ": ";
  }

  /** The 1-based number of the group that is wrong, 0 if the error is not inside one group. */
  public int group() {
    return group;
  }

  /** The 0-based character offset into the original text where the problem was found. */
  public int position() {
    return position;
  }

  /** What is wrong, without the "Group g, position p: " prefix of {@link #getMessage()}. */
  public String reason() {
    return reason;
  }
}
