package io.github.privacyflow.demo.whiteboard;

import io.github.privacyflow.annotations.PersonalData;
import java.util.List;

/**
 * One pen stroke on a shared whiteboard page, as broadcast to every participant.
 *
 * @param boardId the board
 * @param pageIndex the page of the board, from 0
 * @param authorParticipantId who drew it, so the teacher can undo one student's strokes
 * @param displayColour the pen colour, as #rrggbb
 * @param strokeWidth the pen width in board units
 * @param points the path
 */
public record WhiteboardStroke(
        String boardId,
        int pageIndex,
        @PersonalData(category = "user-interactions") // expect PF008
        String authorParticipantId,
        String displayColour,
        float strokeWidth,
        List<Point> points) {

    public WhiteboardStroke {
        points = List.copyOf(points);
    }

    public boolean isDot() {
        return points.size() == 1;
    }

    /**
     * A point on the board, in board units from the top left corner.
     *
     * @param x horizontal
     * @param y vertical
     */
    public record Point(float x, float y) {

        public Point scaled(float factor) {
            return new Point(x * factor, y * factor);
        }
    }
}
