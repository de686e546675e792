import { type DemoCourse, multiple, single, trueFalse } from './demo-courses.types';

export const PNBC_COURSE: DemoCourse = {
  code: 'PNBC',
  title: 'Quy chế phát ngôn và cung cấp thông tin cho báo chí',
  summary:
    'Người phát ngôn và người được ủy quyền, các hình thức phát ngôn, quy trình tiếp nhận yêu cầu của báo chí và kỹ năng trả lời phỏng vấn của cán bộ ngành Giáo dục.',
  hours: 4,
  programmeCode: 'BDTT',
  sections: [
    {
      title: 'Chế độ phát ngôn',
      lessons: [
        {
          kind: 'text',
          title: 'Người phát ngôn và trách nhiệm cung cấp thông tin',
          minutes: 20,
          html: `<h2>Vì sao cần quy chế phát ngôn?</h2>
<p>Cơ quan hành chính nhà nước có trách nhiệm cung cấp thông tin cho báo chí theo quy định của Luật Báo chí. Mỗi địa phương cụ thể hóa trách nhiệm này bằng một <strong>quy chế phát ngôn và cung cấp thông tin cho báo chí</strong>. Ví dụ, kế hoạch truyền thông năm 2023 của Sở Giáo dục và Đào tạo Hà Nam yêu cầu thực hiện theo Quyết định số 29/2019/QĐ-UBND ngày 30/8/2019 của Ủy ban nhân dân tỉnh ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước trên địa bàn tỉnh. Cán bộ truyền thông cần nắm quy chế đang áp dụng tại địa phương mình.</p>
<h3>Ai được phát ngôn?</h3>
<ul>
<li><strong>Người đứng đầu</strong> cơ quan, đơn vị là người phát ngôn, chịu trách nhiệm về nội dung thông tin.</li>
<li><strong>Người được giao nhiệm vụ phát ngôn</strong> hoặc được ủy quyền phát ngôn trong từng trường hợp cụ thể; tên, chức danh của người phát ngôn được công bố để báo chí liên hệ.</li>
<li>Cán bộ, viên chức khác <strong>không được nhân danh đơn vị</strong> để phát ngôn; khi được phỏng vấn, họ chỉ nêu ý kiến cá nhân và chịu trách nhiệm về ý kiến đó.</li>
</ul>
<h3>Vai trò của cán bộ làm công tác truyền thông</h3>
<p>Cán bộ truyền thông là đầu mối giúp việc: tiếp nhận yêu cầu của phóng viên, tổng hợp thông tin, chuẩn bị nội dung trả lời, theo dõi tin bài sau khi đăng. Kế hoạch phối hợp với báo chí của Sở Giáo dục và Đào tạo Hải Phòng yêu cầu các đơn vị <strong>thực hiện nghiêm túc nội dung trả lời báo chí</strong>, yêu cầu tham gia tọa đàm, trả lời phỏng vấn theo nhiệm vụ được phân công.</p>
<blockquote>Việc cung cấp thông tin phải có đầu mối rõ ràng, có phân công, phân nhiệm.</blockquote>`,
        },
        {
          kind: 'text',
          title: 'Các hình thức phát ngôn và cung cấp thông tin',
          minutes: 15,
          html: `<h2>Các hình thức thường dùng</h2>
<ol>
<li><strong>Họp báo</strong> hoặc tham gia các buổi họp báo, giao ban báo chí do cơ quan có thẩm quyền tổ chức.</li>
<li><strong>Đăng thông cáo, thông tin</strong> trên trang thông tin điện tử của cơ quan.</li>
<li><strong>Trả lời phỏng vấn</strong> trực tiếp hoặc bằng văn bản.</li>
<li><strong>Cung cấp thông tin định kỳ</strong> cho phóng viên theo dõi lĩnh vực giáo dục.</li>
</ol>
<h3>Phát ngôn trong trường hợp đột xuất</h3>
<p>Khi xảy ra sự việc được dư luận quan tâm, cơ quan phải <strong>kịp thời cung cấp thông tin ban đầu</strong>: những gì đã xác định, những gì đang xác minh, đơn vị đang làm gì và khi nào thông tin tiếp. Kế hoạch của Sở Giáo dục và Đào tạo Hải Phòng yêu cầu kịp thời trả lời những vấn đề dư luận xã hội quan tâm và phối hợp với báo chí cung cấp thông tin chính thống nhằm định hướng dư luận.</p>
<h3>Những thông tin không được cung cấp</h3>
<ul>
<li>Thông tin thuộc bí mật nhà nước, bí mật công tác.</li>
<li>Thông tin đang trong quá trình xác minh, chưa có kết luận của cơ quan có thẩm quyền.</li>
<li>Thông tin cá nhân của học sinh, nhà giáo và người dân khi không được phép.</li>
</ul>
<p>Khi từ chối, người phát ngôn nêu rõ lý do một cách lịch sự, không im lặng hoặc né tránh.</p>
<h3>Ghi nhận và lưu hồ sơ</h3>
<p>Mỗi lần cung cấp thông tin cho báo chí nên được ghi lại: ngày, cơ quan báo chí, nội dung đã cung cấp, người cung cấp và đường dẫn tin bài đã đăng. Hồ sơ này giúp đơn vị bảo đảm thông tin nhất quán qua các lần trả lời, là căn cứ khi cần đề nghị cải chính và là tư liệu cho báo cáo định kỳ về công tác truyền thông.</p>`,
        },
      ],
    },
    {
      title: 'Làm việc với phóng viên',
      lessons: [
        {
          kind: 'text',
          title: 'Quy trình tiếp nhận yêu cầu và kỹ năng trả lời phỏng vấn',
          minutes: 20,
          html: `<h2>Quy trình năm bước</h2>
<ol>
<li><strong>Tiếp nhận</strong>: ghi rõ cơ quan báo chí, tên phóng viên, nội dung cần thông tin, thời hạn; kiểm tra giấy giới thiệu, thẻ nhà báo.</li>
<li><strong>Báo cáo</strong> thủ trưởng đơn vị, xác định người trả lời.</li>
<li><strong>Chuẩn bị</strong>: tập hợp số liệu, văn bản, kiểm tra độ chính xác; soạn ba thông điệp chính.</li>
<li><strong>Trả lời</strong> đúng hẹn, bằng hình thức đã thống nhất.</li>
<li><strong>Theo dõi</strong> tin bài sau khi đăng; nếu thông tin sai, đề nghị cải chính theo quy định.</li>
</ol>
<h2>Kỹ năng trả lời phỏng vấn</h2>
<ul>
<li>Nói điều quan trọng nhất trước; câu ngắn, dễ trích dẫn.</li>
<li>Chỉ nói điều mình biết chắc; điều chưa rõ thì hẹn trả lời sau.</li>
<li>Không dùng cách nói "miễn bình luận": hãy giải thích vì sao chưa thể thông tin.</li>
<li>Không suy đoán, không đổ lỗi, không nêu tên học sinh.</li>
<li>Bình tĩnh trước câu hỏi khó; quay về thông điệp chính.</li>
</ul>
<h3>Chủ động với báo chí</h3>
<p>Phát ngôn không chỉ để ứng phó. Sở Giáo dục và Đào tạo được giao tập huấn, cung cấp thông tin định kỳ cho phóng viên. Nhà trường có thể chủ động đề xuất chuyên mục, gợi ý đề tài về mô hình hay, gương người tốt, việc tốt để báo chí cùng lan tỏa.</p>
<h3>Tình huống</h3>
<p>Một phóng viên gọi điện hỏi về phản ánh của phụ huynh liên quan đến bữa ăn bán trú. Cán bộ truyền thông ghi nhận câu hỏi, hẹn thời gian trả lời, báo cáo hiệu trưởng; nhà trường kiểm tra thực tế, chuẩn bị thực đơn, hợp đồng cung cấp thực phẩm, biên bản kiểm tra; hiệu trưởng trả lời đúng hẹn, nêu rõ kết quả kiểm tra và biện pháp khắc phục nếu có.</p>
<blockquote>Một quan hệ tốt với báo chí được xây dựng trong ngày thường, không phải trong lúc có sự cố.</blockquote>`,
        },
        { kind: 'quiz', title: 'Bài kiểm tra cuối khóa', minutes: 15 },
      ],
    },
  ],
  questions: [
    single(
      'Ai chịu trách nhiệm chính về nội dung phát ngôn của một cơ quan, đơn vị?',
      [
        'Người đứng đầu cơ quan, đơn vị',
        'Phóng viên',
        'Bất kỳ viên chức nào',
        'Ban đại diện cha mẹ học sinh',
      ],
      0,
      'Người đứng đầu là người phát ngôn, chịu trách nhiệm về nội dung thông tin.',
    ),
    trueFalse(
      'Viên chức không được giao nhiệm vụ phát ngôn vẫn có thể nhân danh nhà trường trả lời báo chí.',
      false,
      'Chỉ người phát ngôn hoặc người được ủy quyền mới nhân danh đơn vị.',
    ),
    multiple(
      'Những hình thức phát ngôn, cung cấp thông tin nào thường được sử dụng?',
      [
        'Họp báo',
        'Đăng thông tin trên trang thông tin điện tử',
        'Trả lời phỏng vấn',
        'Tin nhắn riêng cho một phóng viên quen',
      ],
      [0, 1, 2],
      'Thông tin chính thức phải qua các hình thức công khai, có trách nhiệm.',
    ),
    multiple(
      'Những thông tin nào không được cung cấp cho báo chí?',
      [
        'Thông tin thuộc bí mật nhà nước',
        'Thông tin đang xác minh, chưa có kết luận',
        'Thông tin cá nhân của học sinh khi không được phép',
        'Lịch tuyển sinh đã công bố',
      ],
      [0, 1, 2],
      'Lịch tuyển sinh đã công bố là thông tin công khai, nên cung cấp.',
    ),
    single(
      'Bước đầu tiên khi phóng viên đề nghị cung cấp thông tin là gì?',
      [
        'Tiếp nhận, ghi rõ cơ quan báo chí, nội dung, thời hạn',
        'Trả lời ngay qua điện thoại',
        'Đăng câu hỏi lên mạng xã hội',
        'Từ chối vì chưa có lịch',
      ],
      0,
      'Quy trình bắt đầu bằng việc tiếp nhận và ghi nhận đầy đủ yêu cầu.',
    ),
    trueFalse(
      '"Miễn bình luận" là cách trả lời phù hợp khi chưa thể cung cấp thông tin.',
      false,
      'Nên giải thích lịch sự vì sao chưa thể thông tin và hẹn thời điểm thông tin tiếp.',
    ),
    single(
      'Khi sự việc đột xuất xảy ra, thông tin ban đầu nên gồm nội dung nào?',
      [
        'Điều đã xác định, điều đang xác minh, việc đơn vị đang làm và khi nào thông tin tiếp',
        'Chỉ lời xin lỗi',
        'Tên các học sinh liên quan',
        'Suy đoán về nguyên nhân',
      ],
      0,
      'Thông tin ban đầu trung thực, có cam kết cập nhật giúp định hướng dư luận.',
    ),
    trueFalse(
      'Nếu tin bài đăng sai sự thật, đơn vị có thể đề nghị cải chính theo quy định.',
      true,
      'Theo dõi tin bài sau khi đăng là bước cuối của quy trình.',
    ),
    multiple(
      'Những kỹ năng nào giúp trả lời phỏng vấn hiệu quả?',
      [
        'Nói điều quan trọng nhất trước',
        'Chỉ nói điều mình biết chắc',
        'Suy đoán để phóng viên có tin nhanh',
        'Quay về thông điệp chính trước câu hỏi khó',
      ],
      [0, 1, 3],
      'Suy đoán dễ dẫn đến thông tin sai và làm sự việc phức tạp hơn.',
    ),
    single(
      'Theo kế hoạch phối hợp với báo chí của Sở Giáo dục và Đào tạo Hải Phòng, việc cung cấp thông tin cần bảo đảm điều gì?',
      [
        'Có đầu mối rõ ràng, có phân công, phân nhiệm',
        'Ai biết thì nói',
        'Chỉ trả lời báo trung ương',
        'Chỉ qua mạng xã hội',
      ],
      0,
      'Đầu mối rõ ràng bảo đảm thông tin thống nhất và có trách nhiệm.',
    ),
    single(
      'Khi tiếp phóng viên, cán bộ truyền thông nên kiểm tra giấy tờ gì?',
      [
        'Giấy giới thiệu, thẻ nhà báo',
        'Căn cước của người thân phóng viên',
        'Không cần kiểm tra',
        'Bằng tốt nghiệp',
      ],
      0,
      'Giấy giới thiệu và thẻ nhà báo xác nhận phóng viên đang tác nghiệp cho cơ quan báo chí.',
    ),
    trueFalse(
      'Quan hệ với báo chí nên được xây dựng thường xuyên, không chỉ khi có sự cố.',
      true,
      'Cung cấp thông tin định kỳ, gợi ý đề tài giúp xây dựng quan hệ tin cậy.',
    ),
  ],
};
